/** The stages folded into one pipeline: annotate, code events, extract quotes. */
package parley.core.pipeline;
