package parley.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import parley.core.json.Json;
import parley.model.Aux;
import parley.model.EventType;

/**
 * Reads gold files (FORMAT.md "Gold"): a directory of {@code <doc>.json} files, each
 * {@code {"doc", "published", "events": [...], "quotes": [...]}}.
 *
 * <p>Missing or null fields are tolerated (an absent {@code doc} is the file name without
 * {@code .json}, absent lists are empty, absent {@code optional} is false). What cannot be scored
 * is an error: an event without a known {@code type}, an unknown issue or {@code aux}, a date not
 * in one of the codebook's four forms, a quote without text, a file that is not JSON. Unlike the
 * readers of articles, a bad gold file stops the evaluation: a score computed on part of the gold
 * would be silently wrong, so it throws {@link IllegalArgumentException} naming the file.
 */
public final class GoldReader {

    /**
     * Reads every {@code *.json} file of {@code directory}, keyed and ordered by doc id.
     *
     * @throws IllegalArgumentException naming every bad file, when the directory cannot be listed,
     *                                  or when two files share a doc id
     */
    public Map<String, GoldDocument> readDirectory(Path directory) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list gold directory " + directory + ": " + e.getMessage(), e);
        }
        Map<String, GoldDocument> documents = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                GoldDocument document = readFile(file);
                if (documents.putIfAbsent(document.doc(), document) != null) {
                    problems.add("gold file " + file + ": doc id '" + document.doc() + "' is used by another file");
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            // All bad files at once, so one run of the check lists everything to fix.
            throw new IllegalArgumentException(problems.size() + " bad gold file(s) in " + directory + ":\n  "
                    + String.join("\n  ", problems));
        }
        return Collections.unmodifiableMap(documents);
    }

    /**
     * Reads one gold file.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public GoldDocument readFile(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("gold file " + file + ": cannot read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        String fallbackDoc = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return parse(json, file.toString(), fallbackDoc);
    }

    /**
     * Parses the JSON of one gold file.
     *
     * @param json        the file's content
     * @param origin      the file name, used in error messages
     * @param fallbackDoc the doc id to use when the file has none
     * @throws IllegalArgumentException naming {@code origin} and what is wrong
     */
    public GoldDocument parse(String json, String origin, String fallbackDoc) {
        JsonNode root;
        try {
            // A byte-order mark some editors write is not JSON.
            root = Json.mapper().readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("gold file " + origin + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("gold file " + origin + ": expected a JSON object");
        }
        String place = "document";
        try {
            String doc = text(root, "doc");
            String published = text(root, "published");
            List<GoldEvent> events = new ArrayList<>();
            int index = 0;
            for (JsonNode event : array(root, "events")) {
                place = "event " + index++;
                events.add(event(event));
            }
            List<GoldQuote> quotes = new ArrayList<>();
            index = 0;
            for (JsonNode quote : array(root, "quotes")) {
                place = "quote " + index++;
                quotes.add(new GoldQuote(text(quote, "speaker"), text(quote, "speaker_code"), text(quote, "text"),
                        text(quote, "date")));
            }
            place = "document";
            return new GoldDocument(doc == null || doc.isBlank() ? fallbackDoc : doc,
                    published == null ? null : LocalDate.parse(published.trim()), events, quotes);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("gold file " + origin + ": " + place + ": " + e.getMessage(), e);
        }
    }

    private static GoldEvent event(JsonNode node) {
        String type = text(node, "type");
        if (type == null) {
            throw new IllegalArgumentException("event has no type");
        }
        EventType eventType;
        try {
            eventType = EventType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown event type '" + type + "'", e);
        }
        String aux = text(node, "aux");
        Aux auxValue;
        try {
            auxValue = aux == null || aux.isBlank() ? null : Aux.fromId(aux.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown aux '" + aux + "'", e);
        }
        List<String> issues = new ArrayList<>();
        for (JsonNode issue : array(node, "issues")) {
            issues.add(issue.asText());
        }
        JsonNode evidence = node.get("evidence");
        // Gold evidence is a string; accept the system's {sentence, start, end} object too.
        String sentence = evidence != null && evidence.isObject() ? text(evidence, "sentence") : text(node, "evidence");
        return new GoldEvent(eventType, text(node, "mode"), issues, actors(node, "actor"), actors(node, "recipient"),
                text(node, "date"), auxValue, sentence, node.path("optional").asBoolean(false));
    }

    private static List<GoldActor> actors(JsonNode node, String field) {
        List<GoldActor> actors = new ArrayList<>();
        for (JsonNode actor : array(node, field)) {
            if (actor.isTextual()) {
                actors.add(new GoldActor(null, null, actor.asText(), null)); // a bare code
            } else if (actor.isObject()) {
                actors.add(new GoldActor(text(actor, "text"), text(actor, "name"), text(actor, "code"),
                        text(actor, "sector")));
            } else if (!actor.isNull()) {
                throw new IllegalArgumentException(field + " entry " + actor + " is neither an object nor a code");
            }
        }
        return actors;
    }

    /** The elements of an array field; a missing or null field is empty, a single object is a list of one. */
    private static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<JsonNode> elements = new ArrayList<>();
        if (value == null || value.isNull()) {
            return elements;
        }
        if (value.isArray()) {
            value.forEach(elements::add);
        } else if (value.isObject()) {
            elements.add(value);
        } else {
            throw new IllegalArgumentException("field '" + field + "' must be a list, got " + value);
        }
        return elements;
    }

    /** A scalar field as text, or null when missing or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string, got " + value);
        }
        return value.asText();
    }
}
