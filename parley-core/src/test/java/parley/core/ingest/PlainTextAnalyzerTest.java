package parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parley.model.Span;

class PlainTextAnalyzerTest {
    private static final String BODY = "Ukraine said on Tuesday it was ready to accept a US proposal for a 30-day ceasefire.\n\n"
            + "The United States agreed to resume intelligence sharing with Kyiv, according to a joint statement.\n";
    private final PlainTextAnalyzer analyzer = new PlainTextAnalyzer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "date 2025-05-22|2025-05-22",
        "26 May 2025|2025-05-26",
        "May 26, 2025|2025-05-26",
        "Feb.24 - 2025 9:56 AM CET|2025-02-24",
        "2025-05-22T10:00|2025-05-22",
        "22.05.2025|2025-05-22",
        "Monday, 24.11.25, 10:00|2025-11-24",
        "Published: 22 May 2025|2025-05-22",
        "Updated 22 May 2025 14:00 CET|2025-05-22",
        "Tue, 06/24/2025 - 12:00|2025-06-24",
        "March 28,2025 580|2025-03-28",
        "11- 15.03.2025, 10:41|2025-03-15",
        "By Jane Roe in Kyiv July 24, 2025|2025-07-24",
        "by The Desk March 18, 2025 8:01 PM 2 min read|2025-03-18",
        "25 March 2025 14:47 (UTC+04:00)|2025-03-25"})
    void findsThePublicationDateInTheHeader(String dateLine, String expected) {
        String text = "Ukraine Accepts US Ceasefire Proposal After Talks in Jeddah\n" + dateLine + "\n\n" + BODY;
        TextAnalysis found = analyzer.analyze(text);
        assertThat(found.published()).isEqualTo(LocalDate.parse(expected));
        assertThat(found.title()).isEqualTo("Ukraine Accepts US Ceasefire Proposal After Talks in Jeddah");
        assertThat(reasonOf(text, found, dateLine.strip())).isIn("date-line", "byline");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "DOHA, June 25 — Iran's foreign minister denied any deal.|DOHA, June 25 — ",
        "KYIV, Ukraine (AP) — Russian drones struck the capital overnight.|KYIV, Ukraine (AP) — ",
        "WASHINGTON (Reuters) - The State Department said talks would resume.|WASHINGTON (Reuters) - ",
        "Kyiv, May 16 (Reuters) - Ukraine's delegation arrived in Istanbul on Friday for the first direct talks with Russia since 2022, officials said.|Kyiv, May 16 (Reuters) - ",
        "TEL AVIV/GAZA, Jan 20 — Israel freed 90 Palestinian prisoners early on Monday, hours after Hamas released three hostages.|TEL AVIV/GAZA, Jan 20 — ",
        "NEW YORK — The Security Council met on Friday to discuss the truce, which both sides accuse each other of breaking.|NEW YORK — ",
        "Geneva: Both delegations met again on Tuesday to discuss the exchange of prisoners and the truce.|Geneva: ",
        "The Hague: The court ordered a halt to the offensive.|The Hague: ",
        "MANILA : Rebels freed two soldiers on Sunday in a goodwill gesture ahead of the talks in Oslo.|MANILA : ",
        "Quito, June 3 (IANS) Ecuador and Peru agreed on a joint border patrol.|Quito, June 3 (IANS) ",
        "(Bloomberg) -- The central bank froze the accounts of three ministers.|(Bloomberg) -- "})
    void blanksTheDatelineBeforeTheFirstWordsOfAStory(String paragraph, String dateline) {
        String text = "Talks resume after a week of strikes\n\n" + paragraph + "\nThe talks are expected to last two days.\n";
        TextAnalysis found = analyzer.analyze(text);
        int start = text.indexOf(paragraph);
        assertThat(found.furniture()).filteredOn(span -> span.reason().equals("dateline"))
                .as("furniture %s", found.furniture())
                .singleElement()
                .satisfies(span -> assertThat(text.substring(span.start(), span.end())).isEqualTo(dateline))
                .satisfies(span -> assertThat(span.start()).isEqualTo(start));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Russia and Ukraine met in Istanbul - the first talks in three years.",
        "The Kremlin — which rejected the plan — said nothing.",
        "Ukraine's President Volodymyr Zelensky said on Friday that talks would resume.",
        "The minister said: \"We are ready to talk.\"",
        "Three demands stand out: a truce, prisoners, and aid."})
    void keepsABodySentenceThatMerelyHasADash(String paragraph) {
        TextAnalysis found = analyzer.analyze("Talks resume after a week of strikes\n\n" + paragraph + "\n");
        assertThat(found.furniture()).extracting(Span::reason).doesNotContain("dateline");
    }

    @Test
    void keepsALeadFullOfNamesAsBody() {
        String text = "Ceasefire diplomacy stalls again\n"
                + "U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on May 19.\n"
                + "Putin again refused to accept a full ceasefire.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(found.title()).isEqualTo("Ceasefire diplomacy stalls again");
        assertThat(found.furniture()).extracting(Span::reason).containsExactly("headline");
    }

    @Test
    void neverTakesADateFromABodySentence() {
        String text = "Armenia and Azerbaijan initialled a peace agreement at the White House on 8 August 2025, officials said.\n"
                + "The leaders met in Washington.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(found.published()).isNull();
        assertThat(found.title()).isNull();
        assertThat(found.furniture()).isEmpty();
    }

    @Test
    void keepsTheBodySentenceThatFollowsADatePrefixOnTheSameLine() {
        String text = " date 2025-06-02 Russia handed Ukraine its memorandum during the talks in Istanbul on Monday.\n\n"
                + "Ukraine's delegation was led by Defence Minister Rustem Umerov.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(found.published()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(found.title()).isNull();
        assertThat(found.furniture()).extracting(Span::reason).containsExactly("date-line");
        Span date = found.furniture().get(0);
        assertThat(text.substring(date.start(), date.end())).isEqualTo("date 2025-06-02");
    }

    @Test
    void takesTheHeadlineThatFollowsADatePrefixOnTheSameLine() {
        String text = " date 2025-05-16 Russia and Ukraine Agree to Exchange 1,000 Prisoners Each\nIstanbul • Wire\n"
                + "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks since 2022.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(found.title()).isEqualTo("Russia and Ukraine Agree to Exchange 1,000 Prisoners Each");
        assertThat(found.furniture()).extracting(Span::reason).containsExactly("date-line", "headline", "byline");
        assertThat(found.published()).isEqualTo(LocalDate.of(2025, 5, 16));
    }

    @Test
    void marksRelatedHeadlinesThatCarryTheirOwnTimestampOrViewCounter() {
        String text = "Kremlin Studies the US Ceasefire Plan\n"
                + "Kremlin spokesman Dmitry Peskov said on Wednesday that Moscow was studying the proposal carefully.\n"
                + "Rubio says the ball is in Russia's court12.03.25, 10:05 • 2210 views\n"
                + "Peskov added that Putin had not yet been briefed on the details.\n"
                + "Envoy Witkoff heads to Moscow for talks • 845 views\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(reasonOf(text, found, "Rubio says the ball is in Russia's court12.03.25, 10:05 • 2210 views"))
                .isEqualTo("related-headline");
        assertThat(reasonOf(text, found, "Envoy Witkoff heads to Moscow for talks • 845 views")).isEqualTo("related-headline");
        assertThat(reasonOf(text, found, "Peskov added that Putin had not yet been briefed on the details.")).isNull();
    }

    @Test
    void marksCaptionsAndPhotoCreditsButNotTheParagraphAfterThem() {
        String text = "Leaders Meet in Paris on Security Guarantees for Ukraine\n\n"
                + "Photo: Jane Roe / Example Images\n"
                + "Emmanuel Macron (left) and Keir Starmer (right) speak to reporters in Paris, March 27, 2025.\n"
                + "John Doe/Example Wire\n"
                + "French President Emmanuel Macron said the leaders agreed to keep supporting Ukraine's army.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(reasonOf(text, found, "Photo: Jane Roe / Example Images")).isEqualTo("caption");
        assertThat(reasonOf(text, found, "Emmanuel Macron (left) and Keir Starmer (right) speak to reporters in Paris,"
                + " March 27, 2025.")).isEqualTo("caption");
        assertThat(reasonOf(text, found, "John Doe/Example Wire")).isEqualTo("caption");
        assertThat(reasonOf(text, found, "French President Emmanuel Macron said the leaders agreed to keep supporting"
                + " Ukraine's army.")).isNull();
        assertThat(found.published()).as("a caption dates the page when the header does not").isEqualTo(LocalDate.of(2025, 3, 27));
    }

    @Test
    void keepsASentenceThatALinkBrokeAcrossLinesAsBody() {
        String text = "Leaders Sign Peace Declaration at Regional Summit\n\n"
                + "The two prime ministers signed the declaration in front of the press at the\n\n"
                + "47th Regional Summit\n\n"
                + "in the capital on Sunday.\n\n"
                + "Both sides agreed to withdraw heavy weapons from the border.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(reasonOf(text, found, "47th Regional Summit")).isNull();
        assertThat(reasonOf(text, found, "in the capital on Sunday.")).isNull();
    }

    @Test
    void marksShortSectionHeadingsButKeepsLongUnpunctuatedLinesAsBody() {
        String text = "Ceasefire Talks Stall in Riyadh\n\n"
                + "US and Ukrainian delegations met in Riyadh on Sunday to discuss a ceasefire with Russia.\n\n"
                + "What comes next\n\n"
                + "Russia is using the talks to present demands for concessions as legitimate and reasonable ones\n"
                + "The Kremlin said it would answer the proposal after further study.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(reasonOf(text, found, "What comes next")).isEqualTo("subheading");
        assertThat(reasonOf(text, found, "Russia is using the talks to present demands for concessions as legitimate"
                + " and reasonable ones")).isNull();
    }

    @Test
    void marksEverythingAfterTheCommentsSectionAsFurniture() {
        String text = "Russia Rejects a Ceasefire Before Talks\n\n"
                + "Foreign Minister Sergey Lavrov said on Wednesday that Russia would not agree to a truce first.\n\n"
                + "He said previous truces had only allowed Ukraine to rearm, according to state media reports.\n\n"
                + "About the Author:\n\nJane Roe covers diplomacy and has reported from Kyiv and Moscow since 2014.\n\n"
                + "3 Comments\n\n  1. Pingback: Another article about the talks - Example Journal\n\n"
                + "Leave a Reply\n\nYou May Also Like\n\nTanks of the Future: What Comes After the Abrams\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(reasonOf(text, found, "About the Author:")).isEqualTo("bio");
        assertThat(reasonOf(text, found, "Jane Roe covers diplomacy and has reported from Kyiv and Moscow since 2014."))
                .isEqualTo("bio");
        assertThat(reasonOf(text, found, "1. Pingback: Another article about the talks - Example Journal")).isEqualTo("pingback");
        assertThat(reasonOf(text, found, "3 Comments")).isEqualTo("comments");
        assertThat(reasonOf(text, found, "Tanks of the Future: What Comes After the Abrams")).isEqualTo("related-headline");
        assertThat(reasonOf(text, found, "He said previous truces had only allowed Ukraine to rearm, according to state"
                + " media reports.")).isNull();
    }

    @Test
    void doesNotTrustATailMarkerNearTheTopOfTheText() {
        String text = "Comments\n"
                + "Foreign Minister Sergey Lavrov said on Wednesday that Russia would not agree to a truce first.\n"
                + "He said previous truces had only allowed Ukraine to rearm, according to state media reports.\n"
                + "Moscow wants a settlement that addresses what it calls the root causes of the conflict.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(found.furniture()).allSatisfy(span -> assertThat(span.end()).isLessThanOrEqualTo("Comments".length()));
    }

    @Test
    void marksSummaryBulletsAfterTheirMarker() {
        String text = "Putin Declares Three-Day Truce for Victory Day\n"
                + "The Kremlin said the ceasefire would run from May 8 to May 10, and urged Ukraine to follow suit.\n\n"
                + "In Short\n- Truce from May 8 to May 10\n- Kremlin warns of a response to violations\n"
                + "President Vladimir Putin announced the truce on Monday, the Kremlin said in a statement.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(reasonOf(text, found, "- Truce from May 8 to May 10")).isEqualTo("summary");
        assertThat(reasonOf(text, found, "- Kremlin warns of a response to violations")).isEqualTo("summary");
        assertThat(reasonOf(text, found, "President Vladimir Putin announced the truce on Monday, the Kremlin said in a"
                + " statement.")).isNull();
    }

    @Test
    void marksARepeatedHeadlineAndTheNavigationAboveIt() {
        String text = "Menu\nWorld News\n\nCoalition of the willing meets in Paris on guarantees\n#Ukraine\n"
                + "March 28, 2025\nCoalition of the willing meets in Paris on guarantees\n\n"
                + "On March 27, Paris hosted a summit of nearly 30 leaders to discuss security guarantees for Ukraine.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(found.title()).isEqualTo("Coalition of the willing meets in Paris on guarantees");
        assertThat(found.furniture()).extracting(Span::reason)
                .containsExactly("navigation", "navigation", "headline", "navigation", "date-line", "headline");
    }

    @Test
    void keepsOffsetsIntoTheTextWithCarriageReturnLineFeeds() {
        String lf = "26 May 2025\n\nRussia Rejects Ceasefire Initiative\n\nVladimir Roe\n\n" + BODY + "\nShare\n";
        String crlf = lf.replace("\n", "\r\n");
        TextAnalysis unix = analyzer.analyze(lf);
        TextAnalysis windows = analyzer.analyze(crlf);
        assertThat(windows.title()).isEqualTo(unix.title());
        assertThat(windows.published()).isEqualTo(unix.published());
        assertThat(texts(crlf, windows.furniture())).isEqualTo(texts(lf, unix.furniture()))
                .containsExactly("26 May 2025", "Russia Rejects Ceasefire Initiative", "Vladimir Roe", "Share");
        SpanChecks.assertWellFormed(crlf, windows.furniture());
    }

    @Test
    void seesThroughInvisibleCharactersAndOddUnicode() {
        String text = "\u200F\uFEFF26 May 2025\u00A0\n\u200DRussia Rejects Ceasefire Initiative 🇺🇦\u200E\n\n"
                + "Zelenskyy\u0301 said Ukraine 👍 was ready for a 30-day ceasefire, اوكرانيا, on Tuesday in Jeddah.\n";
        TextAnalysis found = analyzer.analyze(text);
        assertThat(found.published()).isEqualTo(LocalDate.of(2025, 5, 26));
        assertThat(found.title()).isEqualTo("Russia Rejects Ceasefire Initiative 🇺🇦");
        SpanChecks.assertWellFormed(text, found.furniture());
    }

    @Test
    void analysesEmptyAndBlankTextToNothing() {
        assertThat(analyzer.analyze("").furniture()).isEmpty();
        assertThat(analyzer.analyze(" \n\u200B\n\t").title()).isNull();
    }

    @Test
    void rejectsNullText() {
        assertThatThrownBy(() -> analyzer.analyze(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text");
    }

    @Test
    void neverThrowsAndKeepsSpansWellFormedOnRandomText() {
        String[] pieces = {"date 2025-05-22 ", "26 May 2025", "Russia Rejects Truce", "\n", "\r\n", "\r", " ", "\u200D",
            "\u200F", "\uFEFF", "\u0000", "🇺🇦", "é", "\u0301", "Photo: A / B", "(left)", "• 12 views", "12.03.25, 10:05",
            "About the Author:", "Comments", "- ", "Read more: ", ".", "?", "\"", "“", "Putin said he was ready.", "|",
            "Lavrov rejected the idea of a ceasefire first, the ministry said on Wednesday.", "\uD800", "31.02.2025"};
        Random random = new Random(20250516L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            TextAnalysis found = analyzer.analyze(text.toString());
            SpanChecks.assertWellFormed(text.toString(), found.furniture());
        }
    }

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    /** The reason of the furniture span that covers exactly {@code line}, null when it is body. */
    private static String reasonOf(String text, TextAnalysis found, String line) {
        int start = text.indexOf(line);
        assertThat(start).as("test line present: %s", line).isGreaterThanOrEqualTo(0);
        int end = start + line.length();
        for (Span span : found.furniture()) {
            if (span.overlaps(start, end)) {
                assertThat(span.start()).as("span covers the whole line %s", line).isLessThanOrEqualTo(start);
                assertThat(span.end()).as("span covers the whole line %s", line).isGreaterThanOrEqualTo(end);
                return span.reason();
            }
        }
        return null;
    }
}
