package parley.spark;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import parley.core.actors.ActorDictionary;
import parley.core.coding.CodingLexicon;
import parley.core.coding.EventCoder;
import parley.core.coding.QuoteExtractor;
import parley.core.nlp.Annotator;
import parley.core.nlp.ParseFilter;
import parley.core.nlp.WhitespaceAnnotator;
import parley.core.pipeline.ArticleCoder;
import parley.core.pipeline.ParseCascade;
import parley.core.pipeline.StageTimes;
import parley.core.time.DateResolver;
import parley.model.ActorRef;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Evidence;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;

/**
 * A model-free pipeline for the job's fast tests: the whitespace annotator, and a stand-in event
 * coder that codes one CONSULT by UKR per sentence, dated the article's publication day, so that
 * the number of events is known without CoreNLP. With {@code failOnce}, the first task that codes
 * its second article throws an {@link Error} (as an executor running out of memory would) on its
 * first attempt only.
 *
 * @param failOnce whether one task attempt is to die
 */
record SentenceCoders(boolean failOnce) implements CoderSource {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Task attempts that died; in local mode the executor is this JVM. */
    static final AtomicInteger KILLED = new AtomicInteger();
    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static final Map<Long, Integer> ANNOTATED = new ConcurrentHashMap<>();

    /** Arms the one failure again (before each test that expects it). */
    static void arm() {
        ARMED.set(true);
        KILLED.set(0);
    }

    @Override
    public ArticleCoder coder() {
        Annotator whitespace = new WhitespaceAnnotator();
        Annotator annotator = !failOnce ? whitespace : new Annotator() {
            @Override
            public AnnotatedText annotate(String text, ParseFilter parse) {
                TaskContext task = TaskContext.get();
                if (task != null && task.attemptNumber() == 0 && coded(task) >= 1 && ARMED.compareAndSet(true, false)) {
                    KILLED.incrementAndGet();
                    throw new TaskKilled();
                }
                return whitespace.annotate(text, parse);
            }

            @Override
            public String version() {
                return whitespace.version();
            }
        };
        ActorDictionary actors = ActorDictionary.loadDefault();
        return new ArticleCoder(annotator, new ParseCascade(actors, CodingLexicon.loadDefault(), new DateResolver(), null),
                SENTENCES, new QuoteExtractor(actors, CodingLexicon.loadDefault()), new StageTimes());
    }

    /** How many articles this task attempt annotated before this one. */
    private static int coded(TaskContext task) {
        return ANNOTATED.merge(task.taskAttemptId(), 1, Integer::sum) - 1;
    }

    /** One event per sentence of the article. */
    static final EventCoder SENTENCES = (article, text, quotes) -> {
        List<Event> events = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            String words = article.text().substring(sentence.begin(), sentence.end());
            events.add(new Event(article.id() + "#" + (events.size() + 1), article.id(), EventType.CONSULT, null, List.of(),
                    List.of(new ActorRef("Kyiv", "Government of Ukraine", "UKR", "GOV")), List.of(),
                    article.published() == null ? null : article.published().toString(), null, null, null,
                    new Evidence(words, sentence.begin(), sentence.end()), null, 0.5, null));
        }
        return events;
    };

    /** What a dying executor throws: not an article's fault, so the task fails and Spark runs it again. */
    static final class TaskKilled extends Error {
        @Serial
        private static final long serialVersionUID = 1L;

        TaskKilled() {
            super("simulated loss of the executor's task");
        }
    }
}
