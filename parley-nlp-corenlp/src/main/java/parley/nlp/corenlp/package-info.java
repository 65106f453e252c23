/**
 * Stanford CoreNLP behind Parley's {@link parley.core.nlp.Annotator} interface. This is the only
 * package of Parley that imports {@code edu.stanford.nlp}: the heavy, slow-to-load, GPL models stay
 * at the edge, and the core's tests never load them.
 */
package parley.nlp.corenlp;
