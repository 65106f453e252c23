package parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parley.core.eval.EvalReport;
import parley.core.eval.GoldReader;
import parley.core.eval.Scorer;
import parley.core.pipeline.StageTimes;
import parley.model.Event;
import parley.model.Quote;
import parley.pipeline.Parley;

/** Codes a set of articles with the real CoreNLP pipeline and scores it against its gold: what the accuracy tests share. */
final class CodedSet {
    private CodedSet() {
    }

    /** Reads {@code articles} (none may be skipped), codes them on two threads and scores them against {@code goldDir}. */
    static EvalReport score(Path articles, Path goldDir) {
        ReadResult read = ReadResult.read(List.of(articles));
        assertThat(read.skipped()).isEmpty();
        var coder = Parley.coder(Parley.actors(List.of(), null), Parley.coreNlp(), new StageTimes());
        Map<String, List<Event>> events = new LinkedHashMap<>();
        Map<String, List<Quote>> quotes = new LinkedHashMap<>();
        new CodingRunner(coder, 2).run(read.articles(), CodingRunner.Handler.of(coded -> {
            events.put(coded.article().id(), coded.events());
            quotes.put(coded.article().id(), coded.quotes());
        }, skipped -> {
            throw new AssertionError("coding failed: " + skipped);
        }), RunProgress.off());
        return new Scorer().score(new GoldReader().readDirectory(goldDir), events, quotes);
    }
}
