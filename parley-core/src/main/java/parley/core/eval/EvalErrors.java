package parley.core.eval;

import java.util.List;
import parley.model.EventType;

/**
 * Every error behind the scores, in document order, so a person can see why a figure is what it is.
 *
 * @param falsePositives    system events left unpaired
 * @param misses            non-optional gold events left unpaired
 * @param dateErrors        true-positive pairs whose date is not correct
 * @param issueErrors       true-positive pairs whose issue sets differ
 * @param missedQuotes      gold quotes no system quote matched
 * @param spuriousQuotes    system quotes that matched no gold quote
 * @param attributionErrors matched quotes attributed wrongly
 */
public record EvalErrors(List<EventError> falsePositives, List<EventError> misses, List<DateError> dateErrors,
                         List<IssueError> issueErrors, List<QuoteError> missedQuotes, List<QuoteError> spuriousQuotes,
                         List<AttributionError> attributionErrors) {
    public EvalErrors {
        falsePositives = List.copyOf(falsePositives);
        misses = List.copyOf(misses);
        dateErrors = List.copyOf(dateErrors);
        issueErrors = List.copyOf(issueErrors);
        missedQuotes = List.copyOf(missedQuotes);
        spuriousQuotes = List.copyOf(spuriousQuotes);
        attributionErrors = List.copyOf(attributionErrors);
    }

    /**
     * An unpaired event: a false positive (system values) or a miss (gold values).
     *
     * @param doc        document id
     * @param type       event type
     * @param actors     actor codes as written (null codes left out)
     * @param recipients recipient codes as written
     * @param date       date, or null
     * @param evidence   evidence sentence, or null
     * @param rule       for a system event, the rule that coded it; null for a gold miss
     */
    public record EventError(String doc, EventType type, List<String> actors, List<String> recipients, String date,
                             String evidence, String rule) {
        public EventError {
            actors = List.copyOf(actors);
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * A paired event whose date is not correct.
     *
     * @param doc          document id
     * @param type         event type
     * @param goldDate     gold date, or null
     * @param systemDate   system date, or null
     * @param goldEvidence gold evidence sentence
     */
    public record DateError(String doc, EventType type, String goldDate, String systemDate, String goldEvidence) {
    }

    /**
     * A paired event whose issue sets differ.
     *
     * @param doc          document id
     * @param type         event type
     * @param goldIssues   gold issues in codebook order
     * @param systemIssues system issues in codebook order
     * @param goldEvidence gold evidence sentence
     */
    public record IssueError(String doc, EventType type, List<String> goldIssues, List<String> systemIssues,
                             String goldEvidence) {
        public IssueError {
            goldIssues = List.copyOf(goldIssues);
            systemIssues = List.copyOf(systemIssues);
        }
    }

    /**
     * An unmatched quote (gold or system).
     *
     * @param doc         document id
     * @param speaker     speaker name, or null
     * @param speakerCode speaker code, or null
     * @param text        quote text as given
     */
    public record QuoteError(String doc, String speaker, String speakerCode, String text) {
    }

    /**
     * A matched quote with the wrong speaker.
     *
     * @param doc               document id
     * @param text              gold quote text
     * @param goldSpeaker       gold speaker, or null
     * @param goldSpeakerCode   gold code, or null
     * @param systemSpeaker     system speaker, or null
     * @param systemSpeakerCode system code, or null
     */
    public record AttributionError(String doc, String text, String goldSpeaker, String goldSpeakerCode,
                                   String systemSpeaker, String systemSpeakerCode) {
    }
}
