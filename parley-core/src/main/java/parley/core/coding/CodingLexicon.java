package parley.core.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import parley.model.EventType;
import parley.model.Issues;

/**
 * The codebook's words as data (resource {@code parley/coding/lexicon.yaml}): triggers by type,
 * issue keywords, agent nouns and speech verbs. Loaded once, immutable, shared by all coders.
 */
public final class CodingLexicon {
    private static final String RESOURCE = "/parley/coding/lexicon.yaml";

    private final String version;
    private final Map<String, TriggerRule> verbs;
    private final Map<String, TriggerRule> adjectives;
    private final Map<String, TriggerRule> eventNouns;
    private final Map<String, TriggerRule> lightNouns;
    private final Set<String> lightVerbs;
    private final Set<String> happeningVerbs;
    private final Set<String> speechVerbs;
    private final Set<String> agentNouns;
    private final Map<String, List<String>> issueWords;

    private CodingLexicon(JsonNode root) {
        version = text(root, "version");
        verbs = rules(root.path("verbs"));
        adjectives = rules(root.path("adjectives"));
        eventNouns = rules(root.path("event_nouns"));
        lightNouns = rules(root.path("light_nouns"));
        lightVerbs = words(root.path("light_verbs"));
        happeningVerbs = words(root.path("happening_verbs"));
        speechVerbs = words(root.path("speech_verbs"));
        agentNouns = words(root.path("agent_nouns"));
        Map<String, List<String>> issues = new LinkedHashMap<>();
        root.path("issues").fields().forEachRemaining(entry -> {
            if (!Issues.isKnown(entry.getKey())) {
                throw new IllegalArgumentException("lexicon names unknown issue '" + entry.getKey() + "'");
            }
            issues.put(entry.getKey(), List.copyOf(words(entry.getValue())));
        });
        issueWords = Map.copyOf(issues);
    }

    /** Loads the lexicon shipped with Parley. */
    public static CodingLexicon loadDefault() {
        try (InputStream in = CodingLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new CodingLexicon(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public String version() {
        return version;
    }

    TriggerRule verb(String lemma) {
        return verbs.get(lemma);
    }

    TriggerRule adjective(String lemma) {
        return adjectives.get(lemma);
    }

    TriggerRule eventNoun(String word) {
        return eventNouns.get(word);
    }

    /** The act a noun carries after a light verb ("voiced support"), or null. */
    TriggerRule lightNoun(String word) {
        return lightNouns.get(word);
    }

    boolean isLightVerb(String lemma) {
        return lightVerbs.contains(lemma);
    }

    boolean isHappeningVerb(String phrase) {
        return happeningVerbs.contains(phrase);
    }

    boolean isSpeechVerb(String lemma) {
        return speechVerbs.contains(lemma);
    }

    boolean isAgentNoun(String lowerWord) {
        return agentNouns.contains(lowerWord);
    }

    /** Issue name to its lower-case words and phrases. */
    Map<String, List<String>> issueWords() {
        return issueWords;
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("lexicon lacks text field '" + field + "'");
        }
        return node.asText();
    }

    private static Set<String> words(JsonNode list) {
        Set<String> words = new HashSet<>();
        for (JsonNode node : list) {
            words.add(node.asText().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    private static Map<String, TriggerRule> rules(JsonNode map) {
        Map<String, TriggerRule> rules = new HashMap<>();
        List<String> errors = new ArrayList<>();
        map.fields().forEachRemaining(entry -> {
            JsonNode rule = entry.getValue();
            try {
                rules.put(entry.getKey().toLowerCase(Locale.ROOT), new TriggerRule(
                        type(rule.get("type")), rule.path("mode").asText(null),
                        type(rule.get("third_party")), type(rule.get("future")),
                        rule.path("future_mode").asText(null),
                        rule.path("needs_issue").asBoolean(false),
                        rule.path("needs_object_clause").asBoolean(false),
                        rule.has("issues") ? List.copyOf(words(rule.get("issues"))) : List.of()));
            } catch (IllegalArgumentException e) {
                errors.add(entry.getKey() + ": " + e.getMessage());
            }
        });
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("bad lexicon entries: " + errors);
        }
        return Map.copyOf(rules);
    }

    private static EventType type(JsonNode node) {
        return node == null || node.isNull() ? null : EventType.valueOf(node.asText().toUpperCase(Locale.ROOT));
    }
}
