package parley.ingest.web.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import parley.ingest.web.Stories;

class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void detectsEnglishNewsText() {
        for (int story = 0; story < Stories.ALL.size(); story++) {
            assertThat(DETECTOR.detect(Stories.text(story))).as("story %d", story).isEqualTo("en");
        }
    }

    @Test
    void detectsTheOtherNewsLanguages() {
        assertThat(DETECTOR.detect("Les délégations russe et ukrainienne se sont réunies vendredi à Istanbul pour des pourparlers directs."))
                .isEqualTo("fr");
        assertThat(DETECTOR.detect("Die Delegationen Russlands und der Ukraine trafen sich am Freitag in Istanbul zu direkten Gesprächen."))
                .isEqualTo("de");
        assertThat(DETECTOR.detect("Российская и украинская делегации встретились в пятницу в Стамбуле на прямых переговорах."))
                .isEqualTo("ru");
        assertThat(DETECTOR.detect("Українська та російська делегації зустрілися в п'ятницю в Стамбулі на прямих переговорах."))
                .isEqualTo("uk");
        assertThat(DETECTOR.detect("Las delegaciones de Rusia y Ucrania se reunieron el viernes en Estambul para negociar."))
                .isEqualTo("es");
        assertThat(DETECTOR.detect("Rusya ve Ukrayna heyetleri cuma günü İstanbul'da doğrudan müzakereler için bir araya geldi."))
                .isEqualTo("tr");
    }

    @Test
    void answersNothingForTextTooShortToTell() {
        assertThat(DETECTOR.detect("OK")).isNull();
        assertThat(DETECTOR.detect("12:45 — 2025")).isNull();
        assertThat(DETECTOR.detect("")).isNull();
        assertThat(DETECTOR.detect(null)).isNull();
    }

    @Test
    void rejectsUnknownLanguageCodes() {
        assertThatThrownBy(() -> new LanguageDetector(Set.of("en", "xx"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'xx'");
        assertThatThrownBy(() -> new LanguageDetector(Set.of("en"), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
