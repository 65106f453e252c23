package parley.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.actors.ActorDictionary;
import parley.core.coding.CodingLexicon;
import parley.core.coding.EventCoder;
import parley.core.coding.QuoteExtractor;
import parley.core.time.DateResolver;
import parley.core.nlp.Annotator;
import parley.core.nlp.ParseFilter;
import parley.core.pipeline.ArticleCoder;
import parley.core.pipeline.ParseCascade;
import parley.core.pipeline.StageTimes;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.nlp.AnnotatedText;

/**
 * A coding pipeline without CoreNLP for the ingest tests: the annotator finds no sentences (so
 * the real quote extractor finds no quotes), and the event coder reads "X agreed" / "X rejected"
 * sentences with a country name as actor. It counts the articles it coded.
 */
final class FakeCoder {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]");
    private static final Pattern ACT = Pattern.compile("\\b(Russia|Ukraine|Israel)\\b[^.]*?\\b(agreed|rejected)\\b");

    final AtomicInteger coded = new AtomicInteger();

    ArticleCoder coder() {
        Annotator annotator = new Annotator() {
            @Override
            public AnnotatedText annotate(String text, ParseFilter parse) {
                return new AnnotatedText(List.of());
            }

            @Override
            public String version() {
                return "fake-annotator-1";
            }
        };
        EventCoder events = (article, text, quotes) -> {
            coded.incrementAndGet();
            return code(article);
        };
        return new ArticleCoder(annotator, new ParseCascade(ActorDictionary.loadDefault(), CodingLexicon.loadDefault(),
                new DateResolver(), null), events, new QuoteExtractor(ActorDictionary.loadDefault(), CodingLexicon.loadDefault()),
                new StageTimes());
    }

    private static List<Event> code(Article article) {
        if (article.text().contains("FAIL")) {
            throw new IllegalStateException("the fake coder was told to fail");
        }
        List<Event> events = new ArrayList<>();
        String body = article.bodyText();
        Matcher sentences = SENTENCE.matcher(body);
        while (sentences.find()) {
            Matcher act = ACT.matcher(sentences.group());
            if (!act.find()) {
                continue;
            }
            String name = act.group(1);
            String code = switch (name) {
                case "Russia" -> "RUS";
                case "Ukraine" -> "UKR";
                default -> "ISR";
            };
            EventType type = act.group(2).equals("agreed") ? EventType.AGREE : EventType.REJECT;
            String sentence = sentences.group();
            int lead = sentence.length() - sentence.stripLeading().length();
            events.add(new Event(article.id() + "#" + (events.size() + 1), article.id(), type, null,
                    List.of("ceasefire"), List.of(new ActorRef(name, name, code, "GOV")), List.of(),
                    article.published() == null ? null : article.published().toString(), null, null, null,
                    new Evidence(sentence.strip(), sentences.start() + lead, sentences.end()), null, 0.5,
                    new parley.model.Provenance("fake:" + act.group(2).toLowerCase(Locale.ROOT), act.group(2), "d", "c")));
        }
        return events;
    }
}
