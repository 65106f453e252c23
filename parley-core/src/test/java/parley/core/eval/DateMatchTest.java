package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateMatchTest {

    @ParameterizedTest(name = "gold {0}, system {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            // day gold: only the same day
            "2025-05-21, 2025-05-21, true",
            "2025-05-21, 2025-05-22, false",
            "2025-05-21, 2025-05,    false",
            "2025-05-21, 2025,       false",
            "2025-05-21, 2025-W21,   false",
            // month gold: any day inside, the same month, a week wholly inside
            "2025-05,    2025-05-21, true",
            "2025-05,    2025-05-01, true",
            "2025-05,    2025-05-31, true",
            "2025-05,    2025-06-01, false",
            "2025-05,    2025-05,    true",
            "2025-05,    2025-04,    false",
            "2025-05,    2025,       false",
            "2025-05,    2025-W21,   true",   // 19-25 May 2025
            "2025-05,    2025-W22,   false",  // 26 May - 1 June 2025
            // year gold
            "2025,       2025-12-31, true",
            "2025,       2024-12-31, false",
            "2025,       2025-03,    true",
            "2025,       2025,       true",
            "2025,       2026,       false",
            "2025,       2025-W21,   true",
            "2025,       2025-W01,   false",  // starts Monday 30 December 2024
            // week gold: a day inside the ISO week, or the same week
            "2025-W21,   2025-05-19, true",   // Monday
            "2025-W21,   2025-05-25, true",   // Sunday
            "2025-W21,   2025-05-26, false",
            "2025-W21,   2025-05-18, false",
            "2025-W21,   2025-W21,   true",
            "2025-W21,   2025-W22,   false",
            "2025-W21,   2025-05,    false",
            "2025-W01,   2024-12-30, true",
            // nulls and junk never match
            "null,       2025-05-21, false",
            "2025-05-21, null,       false",
            "null,       null,       false",
            "2025-05,    May 2025,   false",
            "2025-05,    2025-05-32, false",
            "2025-W53,   2025-12-29, false",  // 2025 has 52 ISO weeks: W53 is not a date
            "2026-W53,   2026-12-28, true",   // 2026 has 53
    })
    void matchesAtTheGoldsPrecision(String gold, String system, boolean correct) {
        assertThat(DateMatch.correct(gold, system)).isEqualTo(correct);
    }

    @Test
    void acceptsOnlyTheFourCodebookForms() {
        assertThat(DateMatch.isValid("2025-05-21")).isTrue();
        assertThat(DateMatch.isValid("2025-05")).isTrue();
        assertThat(DateMatch.isValid("2025")).isTrue();
        assertThat(DateMatch.isValid("2025-W21")).isTrue();
        assertThat(DateMatch.isValid("2025-5-21")).isFalse();
        assertThat(DateMatch.isValid("2025-02-29")).isFalse();
        assertThat(DateMatch.isValid("2025-W00")).isFalse();
        assertThat(DateMatch.isValid(null)).isFalse();
    }
}
