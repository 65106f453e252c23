package parley.core.corroboration;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.corroboration.Events.article;
import static parley.core.corroboration.Events.day;
import static parley.core.corroboration.Events.event;
import static parley.model.EventType.AGREE;
import static parley.model.EventType.REJECT;
import static parley.model.EventType.SUPPORT;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.model.Article;
import parley.model.Event;

class ContradictionsTest {
    private static final List<Article> ARTICLES = List.of(
            article("tass-1", "TASS", null, day("2025-03-18")),
            article("reuters-1", "Reuters", null, day("2025-03-18")),
            article("reuters-2", "Reuters", null, day("2025-03-19")));

    private static List<Contradiction> contradictions(Event... events) {
        return Corroborator.corroborate(List.of(events), ARTICLES, Map.of()).contradictions();
    }

    @Test
    void flagsAnActorReportedAsAgreeingAndRejectingTheSameIssueOnOneDay() {
        Event agreed = event("tass-1#1", "tass-1", AGREE, List.of("RUS"), List.of("USA"), List.of("ceasefire"),
                "2025-03-18");
        Event rejected = event("reuters-1#1", "reuters-1", REJECT, List.of("RUS"), List.of(),
                List.of("ceasefire", "energy"), "2025-03-18");
        assertThat(contradictions(agreed, rejected)).singleElement().satisfies(found -> {
            assertThat(found.actorCode()).isEqualTo("RUS");
            assertThat(found.accepting().eventIds()).containsExactly("tass-1#1");
            assertThat(found.rejecting().eventIds()).containsExactly("reuters-1#1");
            assertThat(found.reason()).isEqualTo("RUS on ceasefire: AGREE (2025-03-18, reported by tass) vs REJECT "
                    + "(2025-03-18, reported by reuters)");
        });
    }

    @Test
    void flagsSupportAgainstRejectionOfTheSameRecipientInAnOverlappingWeek() {
        Event supported = event("tass-1#1", "tass-1", SUPPORT, List.of("EUR"), List.of("UKR"), List.of(),
                "2025-W12");
        Event rejected = event("reuters-1#1", "reuters-1", REJECT, List.of("EU"), List.of("UKR"), List.of("energy"),
                "2025-03-18");
        assertThat(contradictions(supported, rejected)).singleElement().extracting(Contradiction::actorCode)
                .isEqualTo("EU");
    }

    @Test
    void doesNotFlagOneOutletReportingAChangeOfMind() {
        Event agreed = event("reuters-1#1", "reuters-1", AGREE, List.of("RUS"), List.of(), List.of("ceasefire"),
                "2025-03-18");
        Event rejected = event("reuters-2#1", "reuters-2", REJECT, List.of("RUS"), List.of(), List.of("ceasefire"),
                "2025-03-18");
        assertThat(contradictions(agreed, rejected)).isEmpty();
    }

    @Test
    void doesNotFlagDifferentDaysUndatedReportsOrDifferentThings() {
        Event agreed = event("tass-1#1", "tass-1", AGREE, List.of("RUS"), List.of("USA"), List.of("ceasefire"),
                "2025-03-18");
        assertThat(contradictions(agreed, event("reuters-1#1", "reuters-1", REJECT, List.of("RUS"), List.of(),
                List.of("ceasefire"), "2025-03-19"))).isEmpty();
        assertThat(contradictions(agreed, event("reuters-1#1", "reuters-1", REJECT, List.of("RUS"), List.of(),
                List.of("ceasefire"), null))).isEmpty();
        assertThat(contradictions(agreed, event("reuters-1#1", "reuters-1", REJECT, List.of("RUS"), List.of("UKR"),
                List.of("prisoners"), "2025-03-18"))).isEmpty();
        assertThat(contradictions(agreed, event("reuters-1#1", "reuters-1", REJECT, List.of("UKR"), List.of("USA"),
                List.of("ceasefire"), "2025-03-18"))).isEmpty();
    }
}
