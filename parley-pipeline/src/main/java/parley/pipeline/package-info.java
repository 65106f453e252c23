/**
 * The coding pipeline put together: {@link parley.pipeline.Parley} chooses the readers, the
 * language filter, the annotator (CoreNLP behind its cache), the actor dictionary, the event coder
 * with its learned filter and the quote extractor. Every program that codes articles (the command
 * line, the Spark job) builds its pipeline here and nowhere else.
 */
package parley.pipeline;
