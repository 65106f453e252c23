package parley.ingest.web.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import parley.core.store.Syndication;
import parley.core.workspace.DuplicateMatch;
import org.junit.jupiter.api.Test;
import parley.ingest.web.Stories;

class DuplicateIndexTest {
    @Test
    void findsAnExactDuplicateDespitePunctuationCaseAndSpacing() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", Stories.text(0));
        String retyped = Stories.text(0).toUpperCase(java.util.Locale.ROOT).replace(",", " ,").replace("\n", "\n\n  ");
        assertThat(index.match("b", retyped)).hasValueSatisfying(match -> {
            assertThat(match.duplicateOf()).isEqualTo("a");
            assertThat(match.kind()).isEqualTo(Syndication.Kind.EXACT);
        });
    }

    @Test
    void findsANearDuplicateWithItsSimilarity() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", Stories.text(4));
        assertThat(index.match("b", Variants.withSite(Stories.ALL.get(4), 0))).hasValueSatisfying(match -> {
            assertThat(match.duplicateOf()).isEqualTo("a");
            assertThat(match.kind()).isEqualTo(Syndication.Kind.NEAR);
            assertThat(match.similarity()).isBetween(NearDuplicates.THRESHOLD, 1.0);
        });
    }

    @Test
    void anArticleIsNotADuplicateOfItself() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", Stories.text(1));
        index.add("a", Stories.text(2));
        assertThat(index.findDuplicate("a", Stories.text(1))).isEmpty();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void differentStoriesOnTheSameTalksAreNotDuplicates() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("first-round", Stories.text(0));
        assertThat(index.findDuplicate("second-round", Stories.text(4))).isEmpty();
    }

    @Test
    void textsWithoutWordsOnlyMatchExactly() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("dash", "— — —");
        assertThat(index.findDuplicate("dots", "...")).hasValue("dash");
        assertThat(new NearDuplicates().signature("!!").size()).isZero();
    }

    @Test
    void rejectsMissingIdsAndThresholdsOutOfRange() {
        assertThatThrownBy(() -> new DuplicateIndex().add(" ", "text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DuplicateIndex(new NearDuplicates(), 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }
}
