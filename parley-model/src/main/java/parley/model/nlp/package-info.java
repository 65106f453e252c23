/**
 * Linguistic annotation of a text, independent of the NLP library that produced it: sentences,
 * tokens with part of speech, lemma and named-entity tags, and a dependency parse. The CoreNLP
 * module fills these records; the coder reads only these, so its tests never load CoreNLP.
 */
package parley.model.nlp;
