package parley.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark session: on this machine, no web UI, few shuffle partitions (the data is
 * tiny). One session serves every test class that asks for the same master, because starting one
 * takes seconds; Spark stops it when the JVM exits.
 */
final class LocalSpark {
    private static SparkSession session;
    private static String sessionMaster;

    private LocalSpark() {
    }

    /**
     * A session on {@code master}: {@code local[2]} (two task threads, no retries) or
     * {@code local[2,2]} (a failed task is tried once more, as on a cluster).
     */
    static synchronized SparkSession session(String master) {
        if (session != null && master.equals(sessionMaster)) {
            return session;
        }
        if (session != null) {
            session.stop();
        }
        session = SparkSession.builder().master(master).appName("parley-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .getOrCreate();
        sessionMaster = master;
        return session;
    }
}
