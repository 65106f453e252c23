package parley.spark;

/**
 * What a run of the job did, counted from what it wrote.
 *
 * @param files      input files read
 * @param partitions partitions the articles were coded in
 * @param articles   articles coded
 * @param skipped    inputs skipped (rows of {@code skipped/})
 * @param events     rows of {@code events/}
 * @param quotes     rows of {@code quotes/}
 * @param incidents  rows of {@code incidents/}, or -1 without {@code --corroborate}
 * @param seconds    wall-clock time of the run
 */
public record JobSummary(int files, int partitions, long articles, long skipped, long events, long quotes,
                         long incidents, double seconds) {
    /** Articles coded per second of the run. */
    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : articles / seconds;
    }
}
