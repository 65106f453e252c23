/**
 * Which language an article is in (Lingua, restricted to common news languages to keep memory
 * low), and the filter that lets only the wanted languages on to coding: the others are listed
 * as skipped for language, never coded as if they were English.
 */
package parley.ingest.web.lang;
