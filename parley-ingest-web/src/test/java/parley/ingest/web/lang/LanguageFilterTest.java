package parley.ingest.web.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.ingest.web.CollectingSink;
import parley.ingest.web.Pages;
import parley.ingest.web.Stories;
import parley.ingest.web.html.HtmlArticleReader;
import parley.model.Article;
import parley.model.SkippedInput;

class LanguageFilterTest {
    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static final String FRENCH = "Les délégations russe et ukrainienne se sont réunies vendredi à Istanbul "
            + "pour leurs premiers pourparlers directs depuis le printemps 2022. Aucun accord de cessez-le-feu n'a été trouvé.";

    @TempDir
    Path dir;

    private static Article article(String id, String text, String lang) {
        return new Article(id, null, null, null, null, text, lang, "in.jsonl#" + id, null);
    }

    @Test
    void detectsTheLanguageInADeferredJobOfTheNextSinkAndFiltersItsJobsArticles() {
        CollectingSink sink = new CollectingSink();
        java.util.List<java.util.function.Consumer<parley.core.ingest.ReadSink>> jobs = new java.util.ArrayList<>();
        parley.core.ingest.ReadSink later = new parley.core.ingest.ReadSink() {
            @Override
            public void article(Article article) {
                sink.article(article);
            }

            @Override
            public void skipped(SkippedInput skipped) {
                sink.skipped(skipped);
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> deferred(String origin,
                                                                          java.util.function.Consumer<parley.core.ingest.ReadSink> job) {
                jobs.add(job);
                return new java.util.concurrent.CompletableFuture<>();
            }
        };
        LanguageFilter filter = LanguageFilter.englishOnly(DETECTOR, later);
        filter.article(article("a1", Stories.text(0), null));
        filter.deferred("page", page -> page.article(article("fr-1", FRENCH, null)));
        assertThat(sink.articles).isEmpty();
        assertThat(jobs).hasSize(2);
        jobs.forEach(job -> job.accept(sink));
        assertThat(sink.articles).extracting(Article::id).containsExactly("a1");
        assertThat(sink.skipped).extracting(SkippedInput::origin).containsExactly("in.jsonl#fr-1");
    }

    @Test
    void passesEnglishArticlesWithTheirLanguageSet() {
        CollectingSink sink = new CollectingSink();
        LanguageFilter.englishOnly(DETECTOR, sink).article(article("a1", Stories.text(0), null));
        assertThat(sink.only().lang()).isEqualTo("en");
    }

    @Test
    void listsNonEnglishArticlesAsSkippedForLanguageWithTheirId() {
        CollectingSink sink = new CollectingSink();
        LanguageFilter.englishOnly(DETECTOR, sink).article(article("fr-7", FRENCH, null));
        SkippedInput skip = sink.onlySkip();
        assertThat(skip.reason()).isEqualTo("language");
        assertThat(skip.origin()).isEqualTo("in.jsonl#fr-7");
        assertThat(skip.detail()).startsWith("detected fr;").contains("fr-7");
    }

    @Test
    void trustsTheDetectorOverAPageTemplateThatClaimsEnglish() {
        CollectingSink sink = new CollectingSink();
        LanguageFilter.englishOnly(DETECTOR, sink).article(article("tpl", FRENCH, "en"));
        assertThat(sink.onlySkip().detail()).startsWith("detected fr;");
    }

    @Test
    void keepsTheDeclaredLanguageWhenTheDetectorIsUnsure() {
        CollectingSink sink = new CollectingSink();
        LanguageFilter filter = LanguageFilter.englishOnly(DETECTOR, sink);
        filter.article(article("short-en", "Talks: day two", "en"));
        filter.article(article("short-unknown", "Talks: day two", null));
        assertThat(sink.articles).extracting(Article::id).containsExactly("short-en");
        assertThat(sink.skipped).singleElement().satisfies(skip -> {
            assertThat(skip.reason()).isEqualTo("language");
            assertThat(skip.detail()).startsWith("language undetermined").contains("short-unknown");
        });
    }

    @Test
    void acceptsSeveralLanguagesAndPassesSkipsThrough() {
        CollectingSink sink = new CollectingSink();
        LanguageFilter filter = new LanguageFilter(DETECTOR, Set.of("EN", "fr"), sink);
        filter.article(article("fr", FRENCH, null));
        filter.skipped(new SkippedInput("x.txt", "empty", "the file is empty"));
        assertThat(sink.articles).extracting(Article::lang).containsExactly("fr");
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly("empty");
    }

    @Test
    void wrapsAReaderSoEveryFileItReadsIsFiltered() throws IOException {
        Path english = dir.resolve("en.html");
        Files.writeString(english, Pages.page(Stories.ALL.get(1)).html());
        Path french = dir.resolve("fr.html");
        Files.writeString(french, Pages.page(java.util.List.of(FRENCH)).lang("en").html());
        var reader = LanguageFilter.filtering(new HtmlArticleReader(), DETECTOR, Set.of("en"));
        CollectingSink sink = new CollectingSink();
        reader.read(english, sink);
        reader.read(french, sink);
        assertThat(sink.articles).extracting(Article::id).containsExactly("en");
        assertThat(sink.skipped).extracting(SkippedInput::reason).containsExactly("language");
        assertThat(reader.canRead(english)).isTrue();
    }
}
