/**
 * Parley on Apache Spark, for archives larger than one machine: {@link parley.spark.SparkCode} is
 * the command line ({@code ./parley spark-code}, {@code spark-submit --class parley.spark.SparkCode}),
 * {@link parley.spark.CodeJob} the job (list the inputs on the driver, read each file on an
 * executor, code each partition with the executor's one pipeline, write Parquet tables with the
 * columns of {@code parley.core.export}), and {@code IncidentJob} the optional corroboration of
 * the whole archive in blocks. The coding pipeline is {@code parley.pipeline.Parley}'s, the same as
 * {@code parley code}'s.
 */
package parley.spark;
