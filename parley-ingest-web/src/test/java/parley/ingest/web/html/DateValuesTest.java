package parley.ingest.web.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateValuesTest {
    @Test
    void readsTheDateAsWrittenInIsoDateTimes() {
        assertThat(DateValues.parse("2025-05-21T23:30:00-04:00")).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(DateValues.parse("2025-05-21")).isEqualTo(LocalDate.of(2025, 5, 21));
    }

    @Test
    void readsSlashedCompactRfcAndWrittenDates() {
        assertThat(DateValues.parse("2025/05/21 10:00")).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(DateValues.parse("20250521")).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(DateValues.parse("Wed, 21 May 2025 10:00:00 GMT")).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(DateValues.parse("21 May 2025")).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(DateValues.parse("May 21, 2025")).isEqualTo(LocalDate.of(2025, 5, 21));
    }

    @Test
    void rejectsValuesThatAreNotDates() {
        assertThat(DateValues.parse("2025-13-45")).isNull();
        assertThat(DateValues.parse("yesterday")).isNull();
        assertThat(DateValues.parse("")).isNull();
        assertThat(DateValues.parse(null)).isNull();
    }

    @Test
    void findsDatesInAddresses() {
        assertThat(DateValues.fromUrl("https://x.example/2025/05/21/talks")).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(DateValues.fromUrl("https://x.example/news/2025-05-21-talks")).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(DateValues.fromUrl("https://x.example/20250521/talks")).isEqualTo(LocalDate.of(2025, 5, 21));
        assertThat(DateValues.fromUrl("https://x.example/id/12345678/talks")).isNull();
    }
}
