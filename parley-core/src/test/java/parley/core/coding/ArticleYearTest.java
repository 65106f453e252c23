package parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import parley.core.actors.ActorDictionary;

class ArticleYearTest {
    private static final ActorDictionary ACTORS = ActorDictionary.loadDefault();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Integer yearOf(String text) {
        return ArticleYear.of(text, ACTORS.find(text), TODAY);
    }

    @Test
    void aSittingPresidentFixesTheLatestTermHeHeld() {
        assertThat(yearOf("U.S. President Donald Trump spoke with Vladimir Putin on May 19.")).isEqualTo(2025);
    }

    @Test
    void twoTitledLeadersNarrowTheSpanToWhenBothHeldOffice() {
        // Biden was president 2021-2025 and Scholz chancellor 2021-2025: the latest common span starts in 2021.
        assertThat(yearOf("President Joe Biden met Chancellor Olaf Scholz in Berlin on October 18."))
                .isEqualTo(2021);
    }

    @Test
    void aLaterYearNamedInTheTextWins() {
        assertThat(yearOf("President Joe Biden met Chancellor Olaf Scholz. In 2023 they spoke again."))
                .isEqualTo(2023);
    }

    @Test
    void aFormerPresidentSaysNothingOfWhenTheTextWasWritten() {
        assertThat(yearOf("Former President Barack Obama spoke about the talks of 2014.")).isEqualTo(2014);
    }

    @Test
    void anUntitledNameSaysNothing() {
        assertThat(yearOf("Trump spoke with Putin on May 19.")).isNull();
    }

    @Test
    void withoutClueThereIsNoYear() {
        assertThat(yearOf("The delegations met again on Friday.")).isNull();
        assertThat(yearOf("")).isNull();
    }
}
