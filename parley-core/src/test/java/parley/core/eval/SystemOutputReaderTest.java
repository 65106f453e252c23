package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.model.Aux;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Quote;

class SystemOutputReaderTest {

    @Test
    void readsEventsAndQuotesGroupedByDocInFileOrder() {
        SystemOutput output = new SystemOutputReader().read(Resources.path("scenario/system"));

        assertThat(output.problems()).isEmpty();
        assertThat(output.events()).containsOnlyKeys("talks-01", "talks-02", "extra-09");
        List<Event> first = output.events().get("talks-01");
        assertThat(first).extracting(Event::id).containsExactly("talks-01#0", "talks-01#1", "talks-01#2",
                "talks-01#3", "talks-01#4", "talks-01#5");
        Event consult = first.get(0);
        assertThat(consult.type()).isEqualTo(EventType.CONSULT);
        assertThat(consult.dateText()).isEqualTo("on Tuesday");
        assertThat(consult.evidence().end()).isEqualTo(61);
        assertThat(consult.confidence()).isEqualTo(0.9);
        assertThat(consult.issues()).containsExactly("ceasefire", "peace_talks");
        assertThat(first.get(4).aux()).isEqualTo(Aux.HYPOTHETICAL);
        assertThat(first.get(3).recipient()).isEmpty();
        Quote rubio = output.quotes().get("talks-01").get(0);
        assertThat(rubio.speakerCode()).isEqualTo("USA");
        assertThat(rubio.start()).isEqualTo(300);
    }

    @Test
    void reportsEveryBadLineWithItsNumberAndKeepsTheGoodOnes() {
        Path events = Resources.path("bad-events.jsonl");
        SystemOutput output = new SystemOutputReader().read(events, null);

        assertThat(output.events().get("d1")).hasSize(1);
        assertThat(output.events().get("d2")).extracting(Event::type).containsExactly(EventType.REJECT);
        assertThat(output.problems()).hasSize(8);
        assertThat(output.problems()).allMatch(problem -> problem.startsWith(events + " line "));
        assertThat(output.problems().get(0)).contains("line 2:");
        assertThat(output.problems().get(1)).contains("line 3:").contains("at least one actor");
        assertThat(output.problems().get(2)).contains("line 4:").contains("at least one actor");
        assertThat(output.problems().get(3)).contains("line 5:").contains("evidence is required");
        assertThat(output.problems().get(4)).contains("line 7:").contains("doc is required");
        assertThat(output.problems().get(5)).contains("line 8:").contains("HUG");
        assertThat(output.problems().get(6)).contains("line 9:").contains("'weather'");
        assertThat(output.problems().get(7)).contains("line 10:").contains("event type is required");
    }

    @Test
    void skipsAByteOrderMarkOnTheFirstLine(@TempDir Path dir) throws Exception {
        Path events = dir.resolve("events.jsonl");
        java.nio.file.Files.writeString(events, "\uFEFF{\"doc\": \"d\", \"type\": \"AGREE\", \"actor\": [{\"code\": \"UKR\"}],"
                + " \"evidence\": {\"sentence\": \"Kyiv agreed.\", \"start\": 0, \"end\": 12}}\n");

        SystemOutput output = new SystemOutputReader().read(events, null);

        assertThat(output.problems()).isEmpty();
        assertThat(output.events().get("d")).hasSize(1);
    }

    @Test
    void reportsMissingFilesInsteadOfThrowing(@TempDir Path empty) {
        SystemOutput output = new SystemOutputReader().read(empty);

        assertThat(output.events()).isEmpty();
        assertThat(output.quotes()).isEmpty();
        assertThat(output.problems()).hasSize(2);
        assertThat(output.problems()).anyMatch(problem -> problem.contains("events.jsonl") && problem.contains("cannot read"));
        assertThat(output.problems()).anyMatch(problem -> problem.contains("no quotes file"));
    }
}
