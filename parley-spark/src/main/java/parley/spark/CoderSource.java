package parley.spark;

import java.io.Serializable;
import parley.core.pipeline.ArticleCoder;

/**
 * Where an executor gets its coding pipeline: shipped from the driver with the job, asked on the
 * executor. The job's is {@link ParleyCoders}, one pipeline per executor JVM.
 */
@FunctionalInterface
public interface CoderSource extends Serializable {
    /** The pipeline to code this executor's articles with; thread-safe, shared by the executor's tasks. */
    ArticleCoder coder();
}
