/**
 * The NLP stage seen from the core: the {@link parley.core.nlp.Annotator} interface and decorators
 * around any implementation (a disk cache), and a model-free {@link parley.core.nlp.WhitespaceAnnotator} for
 * tests and dry runs. The CoreNLP implementation lives in its own module.
 */
package parley.core.nlp;
