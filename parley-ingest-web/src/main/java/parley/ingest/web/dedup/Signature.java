package parley.ingest.web.dedup;

import java.util.Arrays;

/**
 * The MinHash signature of a text: one value per bucket ({@link NearDuplicates#BUCKETS} of them),
 * the smallest hash of the text's shingles that fell in the bucket. Two texts agree on a bucket
 * with probability about their Jaccard similarity. Immutable; an empty signature (a text without
 * words) agrees with nothing.
 */
public final class Signature {
    private final long[] values;

    Signature(long[] values) {
        this.values = values.clone();
    }

    /** The number of values (0 for a text without words). */
    public int size() {
        return values.length;
    }

    /** The value of bucket {@code i}. */
    public long value(int i) {
        if (i < 0 || i >= values.length) {
            throw new IllegalArgumentException("bucket must be in [0, " + values.length + "), got " + i);
        }
        return values[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Signature[" + values.length + " values]";
    }
}
