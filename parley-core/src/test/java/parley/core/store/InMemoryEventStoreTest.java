package parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InMemoryEventStoreTest extends EventStoreContract {
    @Override
    protected EventStore openStore() {
        return new InMemoryEventStore();
    }

    @Test
    void savesEachArticleOnceWhenThreadsRaceOnTheSameIds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> saved = IntStream.range(0, 4).mapToObj(thread -> pool.submit(() ->
                    IntStream.range(0, 200).filter(i -> store.save(SampleArticles.full("t" + i))).count())).toList();
            long total = 0;
            for (Future<Long> count : saved) {
                total += count.get();
            }
            assertThat(total).isEqualTo(200);
            assertThat(store.summary().articles()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }
}
