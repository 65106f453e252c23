package parley.ingest.web.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds the copies of a story that a news stream holds: the same report under another site's
 * header, byline and footer; lightly edited (a few words changed, a paragraph cut); and both.
 */
final class Variants {
    private static final List<String[]> SITES = List.of(
            new String[] {"By Maria Olsen, Kyiv correspondent\nKYIV, May 16 (Northwire) -",
                    "Reporting by Maria Olsen; editing by Tom Reid\nOur standards: how we report the news.\nRead more: World news"},
            new String[] {"Home > World > Europe\nUpdated 16 May 2025 18:05\nShare this article",
                    "Sign up for our morning briefing.\nMore on this story\nCopyright 2025 Evening Courier. All rights reserved."},
            new String[] {"WORLD | ANALYSIS\nBy staff writers",
                    "This article was amended to correct a name.\nFollow us on social media for live updates.\nComments are closed."});
    private static final String[][] SWAPS = {
            {"said", "stated"}, {"talks", "negotiations"}, {"on Friday", "on 16 May"}, {"officials", "sources"},
            {"agreed", "decided"}, {"Russia", "Moscow"}, {"meeting", "session"}, {"called", "described as"},
            {"several", "a number of"}, {"leaders", "heads of government"}};

    private Variants() {
    }

    static String withSite(List<String> paragraphs, int site) {
        String[] frame = SITES.get(site % SITES.size());
        return frame[0] + "\n" + String.join("\n", paragraphs) + "\n" + frame[1];
    }

    static String edited(List<String> paragraphs, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String edited = paragraph;
            for (String[] swap : SWAPS) {
                if (random.nextInt(3) == 0) {
                    edited = edited.replace(swap[0], swap[1]);
                }
            }
            out.add(edited);
        }
        if (out.size() > 4) {
            out.remove(out.size() - 1); // syndication often cuts the last paragraph
        }
        return String.join("\n", out);
    }

    static String editedWithSite(List<String> paragraphs, long seed, int site) {
        return withSite(List.of(edited(paragraphs, seed).split("\n")), site);
    }
}
