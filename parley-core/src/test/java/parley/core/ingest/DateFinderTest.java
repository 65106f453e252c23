package parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    @Test
    void readsAmbiguousSlashedDatesMonthFirstUnlessTheFirstNumberIsADay() {
        assertThat(DateFinder.first("05/06/2025").orElseThrow().date()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(DateFinder.first("24/06/2025").orElseThrow().date()).isEqualTo(LocalDate.of(2025, 6, 24));
    }

    @Test
    void ignoresImpossibleDates() {
        assertThat(DateFinder.first("31.02.2025")).isEmpty();
        assertThat(DateFinder.first("2025-13-01")).isEmpty();
    }

    @Test
    void doesNotReadMonthNamesInsideOtherWords() {
        assertThat(DateFinder.first("Marco 12 2025")).isEmpty();
        assertThat(DateFinder.first("Mayor 3, 2025")).isEmpty();
    }

    @Test
    void findsTheLeftMostDateAndItsExtent() {
        DateFinder.Found found = DateFinder.first("Updated Jan. 15, 2025; first published 14 January 2025").orElseThrow();
        assertThat(found.date()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(found.start()).isEqualTo("Updated ".length());
        assertThat(found.end()).isEqualTo("Updated Jan. 15, 2025".length());
    }

    @Test
    void needsAYear() {
        assertThat(DateFinder.first("KYIV, May 21 (Reuters) -")).isEmpty();
    }
}
