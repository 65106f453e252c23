package parley.core.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import parley.core.time.DateRange;
import parley.model.Event;

class BlockingTest {
    @Test
    void everyPairTheRulesMayMergeHasOverlappingWindows() {
        RandomArchive archive = RandomArchive.generate(13, 300);
        Outlets outlets = new Outlets(archive.articles(), Map.of());
        List<Report> reports = archive.events().stream().map(event -> Report.of(event, outlets)).toList();
        int compatible = 0;
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Report a = reports.get(i);
                Report b = reports.get(j);
                if (!MergeRules.compatible(a, b)) {
                    continue;
                }
                compatible++;
                assertThat(a.event().type()).isEqualTo(b.event().type());
                DateRange windowA = Blocking.dateWindow(a.event().date());
                DateRange windowB = Blocking.dateWindow(b.event().date());
                if (windowA != null && windowB != null) {
                    assertThat(MergeRules.overlap(windowA, windowB)).as("%s and %s", a.event(), b.event()).isTrue();
                } else {
                    DateRange pubA = Blocking.publicationWindow(a.published());
                    DateRange pubB = Blocking.publicationWindow(b.published());
                    assertThat(pubA).isNotNull();
                    assertThat(pubB).isNotNull();
                    assertThat(MergeRules.overlap(pubA, pubB)).isTrue();
                }
            }
        }
        assertThat(compatible).as("the archive must exercise the rules").isGreaterThan(500);
    }

    @Test
    void anUndatedEventJoinsOnlyIncidentsWhoseJoinWindowItsPublicationWindowOverlaps() {
        RandomArchive archive = RandomArchive.generate(14, 300);
        List<Incident> incidents = Corroborator.incidents(archive.events(), archive.articles(), Map.of());
        Map<String, LocalDate> published = new HashMap<>();
        archive.articles().forEach(article -> published.put(article.id(), article.published()));
        Map<String, Event> events = new HashMap<>();
        archive.events().forEach(event -> events.put(event.id(), event));
        int joined = 0;
        for (Incident incident : incidents) {
            List<Event> dated = new ArrayList<>();
            List<Event> undated = new ArrayList<>();
            for (String id : incident.eventIds()) {
                Event event = events.get(id);
                (Blocking.dateWindow(event.date()) == null ? undated : dated).add(event);
            }
            if (dated.isEmpty() || undated.isEmpty()) {
                continue;
            }
            joined++;
            List<LocalDate> days = dated.stream().map(event -> published.get(event.doc())).toList();
            assertThat(days).doesNotContainNull();
            DateRange join = Blocking.joinWindow(days.stream().min(LocalDate::compareTo).orElseThrow(),
                    days.stream().max(LocalDate::compareTo).orElseThrow());
            assertThat(join).isNotNull();
            for (Event event : undated) {
                assertThat(MergeRules.overlap(join, Blocking.publicationWindow(published.get(event.doc())))).isTrue();
            }
        }
        assertThat(joined).as("some undated events must join dated incidents").isGreaterThan(3);
    }

    @Test
    void windowsFollowTheRules() {
        assertThat(Blocking.dateWindow("2025-03-13")).isEqualTo(new DateRange(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 14)));
        assertThat(Blocking.dateWindow("2025-03")).isEqualTo(new DateRange(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1)));
        assertThat(Blocking.dateWindow(null)).isNull();
        assertThat(Blocking.dateWindow("2025-13")).isNull();
        assertThat(Blocking.publicationWindow(LocalDate.of(2025, 3, 1)).last()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(Blocking.joinWindow(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 7)))
                .isEqualTo(new DateRange(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4)));
        assertThat(Blocking.joinWindow(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 8))).isNull();
        assertThat(Blocking.joinWindow(null, LocalDate.of(2025, 3, 8))).isNull();
    }
}
