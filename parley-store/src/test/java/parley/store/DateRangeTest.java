package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    @Test
    void coversADayAMonthAYearAndAnIsoWeek() {
        assertThat(DateRange.of("2025-05-21")).contains(range("2025-05-21", "2025-05-21"));
        assertThat(DateRange.of("2025-05")).contains(range("2025-05-01", "2025-05-31"));
        assertThat(DateRange.of("2024-02")).contains(range("2024-02-01", "2024-02-29"));
        assertThat(DateRange.of("2025")).contains(range("2025-01-01", "2025-12-31"));
        assertThat(DateRange.of("2025-W21")).contains(range("2025-05-19", "2025-05-25"));
        assertThat(DateRange.of("2025-W21-3")).contains(range("2025-05-21", "2025-05-21"));
    }

    @Test
    void placesWeekOneAndWeekFiftyThreeAcrossTheNewYear() {
        assertThat(DateRange.of("2026-W01")).contains(range("2025-12-29", "2026-01-04"));
        assertThat(DateRange.of("2020-W53")).contains(range("2020-12-28", "2021-01-03"));
        assertThat(DateRange.of("2025-W53")).isEmpty();
    }

    @Test
    void givesNoRangeForNullOrUnreadableDates() {
        for (String bad : new String[] {null, "", "2025-13", "2025-02-30", "2025-W00", "2025-W21-8", "25-05",
                "2025-5", "May 2025", "2025-05-21T10:00", " 2025", "２０２５"}) {
            assertThat(DateRange.of(bad)).as(bad).isEmpty();
        }
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}
