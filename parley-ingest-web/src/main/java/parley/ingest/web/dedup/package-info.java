/**
 * Duplicate and near-duplicate articles: the same story crawled twice, syndicated with another
 * header and footer, or lightly edited. Exact duplicates by a hash of the normalised text;
 * near-duplicates by MinHash signatures (Lucene's {@code MinHashFilter} over word shingles) and
 * LSH banding, with a documented Jaccard threshold.
 */
package parley.ingest.web.dedup;
