package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakersTest {

    @Test
    void surnameIsTheLastWordWithoutPunctuation() {
        assertThat(Speakers.surname("Sergey Lavrov")).isEqualTo("lavrov");
        assertThat(Speakers.surname("Donald J. Trump")).isEqualTo("trump");
        assertThat(Speakers.surname("Lavrov,")).isEqualTo("lavrov");
        assertThat(Speakers.surname("Kremlin")).isEqualTo("kremlin");
        assertThat(Speakers.surname("Maxime Pr\u00E9vot")).isEqualTo("prevot");
        assertThat(Speakers.surname("  ")).isNull();
        assertThat(Speakers.surname(null)).isNull();
    }

    @Test
    void acceptsTheSameSurnameWithADifferentFirstName() {
        assertThat(Speakers.attributionCorrect("Sergey Lavrov", "RUS", "Sergei Lavrov", "RUS")).isTrue();
        assertThat(Speakers.attributionCorrect("Sergey Lavrov", "RUS", "Lavrov", "RUS")).isTrue();
        assertThat(Speakers.attributionCorrect("Kremlin", "RUS", "the Kremlin", "RUS")).isTrue();
        assertThat(Speakers.attributionCorrect("Maxime Pr\u00E9vot", "BEL", "PREVOT", "BEL")).isTrue();
        assertThat(Speakers.attributionCorrect("IRMA IVANOVA", "RUS", "irma ivanova", "RUS")).isTrue();
    }

    @Test
    void acceptsTransliterationsOfOneSurnameOneEditApart() {
        assertThat(Speakers.attributionCorrect("Volodymyr Zelensky", "UKR", "Volodymyr Zelenskyy", "UKR")).isTrue();
        assertThat(Speakers.attributionCorrect("Volodymyr Zelenskiy", "UKR", "Zelensky", "UKR")).isTrue();
        assertThat(Speakers.attributionCorrect("Dmitry Peskov", "RUS", "Dmitri Peskow", "RUS")).isTrue();
        assertThat(Speakers.attributionCorrect("Benjamin Netanyahu", "ISR", "Benjamin Netanjahu", "ISR")).isTrue();
        // two edits, or a short name: another person
        assertThat(Speakers.attributionCorrect("Abbas Araghchi", "IRN", "Abbas Araqchi", "IRN")).isFalse();
        assertThat(Speakers.attributionCorrect("Volodymyr Zelensky", "UKR", "Zelenskiyy", "UKR")).isFalse();
        assertThat(Speakers.attributionCorrect("Joe Biden", "USA", "Bideb", "USA")).isTrue();
        assertThat(Speakers.attributionCorrect("John Kerry", "USA", "John Perry", "USA")).isTrue();
        assertThat(Speakers.attributionCorrect("Ban Ki-moon", "UN", "Ban Ki-moan", "UN")).isTrue();
        assertThat(Speakers.attributionCorrect("Xi Jinping", "CHN", "Li", "CHN")).isFalse();
        assertThat(Speakers.attributionCorrect("Kim Jong Un", "PRK", "Kim Jong Il", "PRK")).isFalse();
    }

    @Test
    void rejectsAnotherSpeakerAnotherCodeOrNoSpeaker() {
        assertThat(Speakers.attributionCorrect("Sergey Lavrov", "RUS", "Dmitry Peskov", "RUS")).isFalse();
        assertThat(Speakers.attributionCorrect("Sergey Lavrov", "RUS", "Sergey Lavrov", "UKR")).isFalse();
        assertThat(Speakers.attributionCorrect("Sergey Lavrov", "RUS", null, "RUS")).isFalse();
        assertThat(Speakers.attributionCorrect("Sergey Lavrov", "RUS", "Sergey Lavrov", null)).isFalse();
        assertThat(Speakers.attributionCorrect(null, "RUS", null, "RUS")).isFalse();
    }
}
