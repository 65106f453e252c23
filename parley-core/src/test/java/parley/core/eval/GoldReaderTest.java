package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.model.Aux;
import parley.model.EventType;

class GoldReaderTest {

    @Test
    void readsADirectoryOfGoldFilesKeyedByDoc() {
        Map<String, GoldDocument> gold = new GoldReader().readDirectory(Resources.path("scenario/gold"));

        assertThat(gold).containsOnlyKeys("talks-01", "talks-02");
        GoldDocument first = gold.get("talks-01");
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(first.events()).hasSize(4);
        GoldEvent consult = first.events().get(0);
        assertThat(consult.type()).isEqualTo(EventType.CONSULT);
        assertThat(consult.mode()).isEqualTo("third-party");
        assertThat(consult.actor()).extracting(GoldActor::code).containsExactly("USA", "UKR");
        assertThat(consult.actor().get(0).sector()).isEqualTo("GOV");
        assertThat(consult.issues()).containsExactly("ceasefire", "peace_talks");
        assertThat(consult.evidence()).startsWith("US and Ukrainian delegations");
        assertThat(first.events().get(3).optional()).isTrue();
        assertThat(first.quotes()).extracting(GoldQuote::speakerCode).containsExactly("USA", "RUS");
        assertThat(gold.get("talks-02").published()).isNull();
        assertThat(gold.get("talks-02").events().get(2).aux()).isEqualTo(Aux.HISTORICAL);
    }

    @Test
    void toleratesMissingAndNullFields() {
        GoldDocument sparse = new GoldReader().readFile(Resources.path("tolerant-gold/sparse.json"));

        assertThat(sparse.doc()).isEqualTo("sparse");
        assertThat(sparse.published()).isNull();
        assertThat(sparse.quotes()).isEmpty();
        GoldEvent reject = sparse.events().get(0);
        assertThat(reject.type()).isEqualTo(EventType.REJECT);
        assertThat(reject.actor()).extracting(GoldActor::code).containsExactly("RUS", null, "EUR");
        assertThat(reject.recipient()).isEmpty();
        assertThat(reject.issues()).isEmpty();
        assertThat(reject.date()).isNull();
        assertThat(reject.optional()).isFalse();
        // Upper-cased with the root locale: under tr-TR "mobilize" would otherwise get a dotted İ.
        assertThat(sparse.events().get(1).type()).isEqualTo(EventType.MOBILIZE);
    }

    @Test
    void skipsAByteOrderMark() {
        String json = "\uFEFF{\"doc\": \"x\", \"events\": [{\"type\": \"AGREE\", \"actor\": [{\"code\": \"UKR\"}]}]}";
        assertThat(new GoldReader().parse(json, "x.json", "x").events()).hasSize(1);
    }

    @Test
    void namesEveryBadFileOfADirectory() {
        assertThatThrownBy(() -> new GoldReader().readDirectory(Resources.path("bad-gold")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 bad gold file(s)")
                .hasMessageContaining("unknown-type.json: event 1: unknown event type 'HUG'")
                .hasMessageContaining("not-json.json: not JSON")
                .hasMessageContaining("bad-date.json: event 0: gold date 'May 2025'")
                .message().doesNotContain("good.json");
    }

    @Test
    void refusesAnUnknownIssueNamingFileAndIssue() {
        String json = "{\"doc\": \"x\", \"events\": [{\"type\": \"AGREE\", \"actor\": [{\"code\": \"UKR\"}],"
                + " \"issues\": [\"weather\"]}]}";
        assertThatThrownBy(() -> new GoldReader().parse(json, "x.json", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.json")
                .hasMessageContaining("'weather'");
    }

    @Test
    void refusesAQuoteWithoutText() {
        String json = "{\"doc\": \"x\", \"quotes\": [{\"speaker\": \"Sergey Lavrov\", \"speaker_code\": \"RUS\"}]}";
        assertThatThrownBy(() -> new GoldReader().parse(json, "x.json", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.json: quote 0");
    }

    @Test
    void refusesADirectoryThatDoesNotExist() {
        assertThatThrownBy(() -> new GoldReader().readDirectory(Resources.path("scenario").resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void readsEvidenceGivenAsASystemStyleObject() {
        String json = "{\"doc\": \"x\", \"events\": [{\"type\": \"AGREE\", \"actor\": [{\"code\": \"UKR\"}],"
                + " \"evidence\": {\"sentence\": \"Kyiv agreed.\", \"start\": 0, \"end\": 12}}]}";
        assertThat(new GoldReader().parse(json, "x.json", "x").events())
                .extracting(GoldEvent::evidence).isEqualTo(List.of("Kyiv agreed."));
    }
}
