package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

    @ParameterizedTest(name = "{0} covers {1} to {2}")
    @CsvSource({
        "2025-05-21, 2025-05-21, 2025-05-21",
        "2025-05,    2025-05-01, 2025-05-31",
        "2024-02,    2024-02-01, 2024-02-29",
        "2025,       2025-01-01, 2025-12-31",
        "2025-W21,   2025-05-19, 2025-05-25",
        "2025-W01,   2024-12-30, 2025-01-05",
        "2020-W53,   2020-12-28, 2021-01-03",
    })
    void coversTheDaysOfEachPrecision(String value, String first, String last) {
        DateRange range = DateResolver.rangeOf(value);

        assertThat(range.first()).isEqualTo(LocalDate.parse(first));
        assertThat(range.last()).isEqualTo(LocalDate.parse(last));
    }

    @ParameterizedTest(name = "{0} formats as the value of its precision")
    @CsvSource({
        "2024-12-30, DAY, 2024-12-30",
        "2024-12-30, WEEK, 2025-W01",
        "2021-01-03, WEEK, 2020-W53",
        "2024-12-30, MONTH, 2024-12",
        "2024-12-30, YEAR, 2024",
    })
    void writesEachPrecisionAsIso(String date, Precision precision, String value) {
        assertThat(precision.format(LocalDate.parse(date))).isEqualTo(value);
        assertThat(Precision.of(value)).isEqualTo(precision);
    }

    @ParameterizedTest(name = "rejects {0}")
    @ValueSource(strings = {"", "2025-5", "2025-13", "2025-02-30", "2025-W54", "2021-W53", "25", "May 2025",
        "2025-W00", "2025-00"})
    void rejectsValuesThatNameNoPeriod(String value) {
        assertThatThrownBy(() -> DateRange.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(value);
    }

    @ParameterizedTest(name = "2025-W{0} belongs to a year with 52 weeks")
    @ValueSource(ints = {1, 52})
    void acceptsTheWeeksOfAFiftyTwoWeekYear(int week) {
        assertThat(DateRange.of(String.format(java.util.Locale.ROOT, "2025-W%02d", week)).first().getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @ParameterizedTest(name = "a range from {0} to {1} is refused")
    @CsvSource({"2025-05-02, 2025-05-01"})
    void refusesARangeThatEndsBeforeItStarts(String first, String last) {
        assertThatThrownBy(() -> new DateRange(LocalDate.parse(first), LocalDate.parse(last)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(first);
    }

    @ParameterizedTest(name = "{0} encloses {1}")
    @CsvSource({"2025-05, 2025-05-31", "2025, 2025-W21", "2025-W21, 2025-05-19"})
    void enclosesFinerPeriodsInsideIt(String outer, String inner) {
        assertThat(DateRange.of(outer).encloses(DateRange.of(inner))).isTrue();
        assertThat(DateRange.of(outer).contains(DateRange.of(inner).first())).isTrue();
    }
}
