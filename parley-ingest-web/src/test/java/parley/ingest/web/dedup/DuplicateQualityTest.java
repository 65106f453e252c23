package parley.ingest.web.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.ingest.web.Stories;

/**
 * Precision and recall of near-duplicate detection on a generated set: eight different reports on
 * the same talks (so they share names, places and phrases), each with seven copies (three site
 * frames, two edits, two edits in a frame). Every pair of texts is judged; a pair is a true
 * duplicate when both come from the same report.
 */
class DuplicateQualityTest {
    private record Text(int story, String label, String text) {
    }

    private static List<Text> corpus() {
        List<Text> texts = new ArrayList<>();
        for (int s = 0; s < Stories.ALL.size(); s++) {
            List<String> story = Stories.ALL.get(s);
            texts.add(new Text(s, "original", String.join("\n", story)));
            for (int site = 0; site < 3; site++) {
                texts.add(new Text(s, "site" + site, Variants.withSite(story, site)));
            }
            texts.add(new Text(s, "edit1", Variants.edited(story, 1)));
            texts.add(new Text(s, "edit2", Variants.edited(story, 2)));
            texts.add(new Text(s, "edit-site1", Variants.editedWithSite(story, 3, 1)));
            texts.add(new Text(s, "edit-site2", Variants.editedWithSite(story, 4, 2)));
        }
        return texts;
    }

    @Test
    void findsCopiesOfTheSameStoryAndNotOtherStoriesOnTheSameTalks() {
        NearDuplicates near = new NearDuplicates();
        List<Text> texts = corpus();
        List<Signature> signatures = texts.stream().map(t -> near.signature(t.text())).toList();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        double lowestSame = 1;
        double highestOther = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                double similarity = near.similarity(signatures.get(i), signatures.get(j));
                boolean same = texts.get(i).story() == texts.get(j).story();
                boolean predicted = similarity >= NearDuplicates.THRESHOLD;
                if (same) {
                    lowestSame = Math.min(lowestSame, similarity);
                } else {
                    highestOther = Math.max(highestOther, similarity);
                }
                if (predicted && same) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (same) {
                    fn++;
                }
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        System.out.printf(Locale.ROOT, "near-duplicates (pairs, threshold %.2f): precision %.3f recall %.3f"
                        + " (tp %d, fp %d, fn %d); lowest same-story %.3f, highest other-story %.3f%n",
                NearDuplicates.THRESHOLD, precision, recall, tp, fp, fn, lowestSame, highestOther);
        assertThat(precision).isGreaterThanOrEqualTo(0.99);
        assertThat(recall).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void theIndexPointsEveryCopyAtItsOriginalAndNothingElse() {
        DuplicateIndex index = new DuplicateIndex();
        for (int s = 0; s < Stories.ALL.size(); s++) {
            index.add("story-" + s, Stories.text(s));
        }
        int found = 0;
        int wrong = 0;
        int copies = 0;
        for (Text text : corpus()) {
            if (text.label().equals("original")) {
                continue;
            }
            copies++;
            Optional<String> match = index.findDuplicate("copy-" + text.story() + "-" + text.label(), text.text());
            if (match.isPresent() && match.get().equals("story-" + text.story())) {
                found++;
            } else if (match.isPresent()) {
                wrong++;
            }
        }
        double recall = (double) found / copies;
        System.out.printf(Locale.ROOT, "duplicate index: %d of %d copies found, %d pointed at the wrong story%n",
                found, copies, wrong);
        assertThat(wrong).isZero();
        assertThat(recall).isGreaterThanOrEqualTo(0.90);
    }
}
