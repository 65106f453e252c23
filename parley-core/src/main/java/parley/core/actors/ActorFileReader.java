package parley.core.actors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one YAML dictionary file (format in {@code parley/actors/README.md}) and checks every
 * field, so that a typo in a user's file fails at load time with the file, line and entry named,
 * not as a silent miss on the thousandth article.
 */
final class ActorFileReader {
    /** The sectors of CODEBOOK section 5 and those descriptions add ({@link Sector}). */
    static final Set<String> SECTORS = Set.copyOf(Sector.codes());

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> ENTRY_FIELDS =
            Set.of("id", "name", "kind", "code", "sector", "aliases", "adjectives", "offices", "country");
    private static final Set<String> OFFICE_FIELDS = Set.of("title", "code", "sector", "start", "end");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{3}");

    private ActorFileReader() {
    }

    /**
     * Parses {@code content}.
     *
     * @throws IllegalArgumentException naming {@code source}, the line and the entry when the
     *                                  file is not valid YAML or an entry is malformed
     */
    static ActorFile read(String source, byte[] content) {
        List<ActorFile.LocatedEntry> entries = new ArrayList<>();
        List<String> notActors = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readEntries(parser, source, entries);
            } else if (first == JsonToken.START_OBJECT) {
                readSections(parser, source, entries, notActors);
            } else if (first != null) {
                throw error(source, line(parser), "expected a list of entries or a mapping with 'entries' and "
                        + "'not_actors', found " + describe(first));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IllegalArgumentException(source + ":" + line + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot be read: " + e.getMessage(), e);
        }
        Set<String> ids = new HashSet<>();
        for (ActorFile.LocatedEntry located : entries) {
            if (!ids.add(located.entry().id())) {
                throw new IllegalArgumentException(located.where() + ": id appears twice in this file");
            }
        }
        return new ActorFile(source, sha256(content), entries, notActors);
    }

    private static void readSections(JsonParser parser, String source, List<ActorFile.LocatedEntry> entries,
                                     List<String> notActors) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = line(parser);
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (key) {
                case "entries" -> {
                    expect(value, JsonToken.START_ARRAY, source, line, "'entries' must be a list");
                    readEntries(parser, source, entries);
                }
                case "not_actors" -> {
                    expect(value, JsonToken.START_ARRAY, source, line, "'not_actors' must be a list");
                    JsonNode list = YAML.readTree(parser);
                    notActors.addAll(strings(list, source + ":" + line + ": not_actors"));
                }
                default -> throw error(source, line, "unknown top-level key '" + key
                        + "' (expected 'entries' or 'not_actors')");
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw error(source, line(parser), "unexpected " + describe(token));
        }
    }

    private static void readEntries(JsonParser parser, String source, List<ActorFile.LocatedEntry> entries)
            throws IOException {
        JsonToken token;
        int index = 0;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            index++;
            int line = line(parser);
            if (token != JsonToken.START_OBJECT) {
                throw error(source, line, "entry #" + index + " must be a mapping with id, name, kind and code, found "
                        + describe(token));
            }
            JsonNode node = YAML.readTree(parser);
            entries.add(new ActorFile.LocatedEntry(entry(node, source, line, index), source, line));
        }
    }

    private static ActorEntry entry(JsonNode node, String source, int line, int index) {
        String id = text(node, "id", source + ":" + line + ": entry #" + index);
        String where = source + ":" + line + ": entry " + (id == null ? "#" + index : "'" + id + "'");
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!ENTRY_FIELDS.contains(field)) {
                throw new IllegalArgumentException(where + ": unknown field '" + field + "' (expected one of "
                        + String.join(", ", sorted(ENTRY_FIELDS)) + ")");
            }
        }
        String name = required(node, "name", where);
        required(node, "id", where);
        ActorKind kind = kind(required(node, "kind", where), where);
        String code = code(required(node, "code", where), where);
        if (kind == ActorKind.STATE && !STATE_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(where + ": a STATE needs an ISO 3166-1 alpha-3 code, got '" + code + "'");
        }
        String sector = sector(text(node, "sector", where), where);
        List<String> aliases = strings(node.get("aliases"), where + ": aliases");
        List<String> adjectives = strings(node.get("adjectives"), where + ": adjectives");
        List<Office> offices = offices(node.get("offices"), where);
        String country = text(node, "country", where);
        if (country != null && !STATE_CODE.matcher(country).matches()) {
            throw new IllegalArgumentException(where + ": 'country' must be an ISO 3166-1 alpha-3 code, got '"
                    + country + "'");
        }
        return new ActorEntry(id.strip(), name.strip(), kind, code, sector, aliases, adjectives, offices, country);
    }

    private static List<Office> offices(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(where + ": offices must be a list");
        }
        List<Office> offices = new ArrayList<>();
        int index = 0;
        for (JsonNode office : node) {
            index++;
            String at = where + ": office #" + index;
            if (!office.isObject()) {
                throw new IllegalArgumentException(at + " must be a mapping with title, code, sector, start, end");
            }
            for (Iterator<String> names = office.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!OFFICE_FIELDS.contains(field)) {
                    throw new IllegalArgumentException(at + ": unknown field '" + field + "' (expected one of "
                            + String.join(", ", sorted(OFFICE_FIELDS)) + ")");
                }
            }
            String title = required(office, "title", at);
            try {
                offices.add(new Office(title, code(required(office, "code", at), at),
                        sector(text(office, "sector", at), at), date(office, "start", at), date(office, "end", at)));
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(at)) {
                    throw e;
                }
                throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
            }
        }
        return offices;
    }

    private static LocalDate date(JsonNode node, String field, String where) {
        String value = text(node, field, where);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": " + field + " must be a date like 2024-09-05, got '"
                    + value + "'", e);
        }
    }

    private static ActorKind kind(String value, String where) {
        try {
            return ActorKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown kind '" + value + "' (expected one of "
                    + Arrays.toString(ActorKind.values()) + ")", e);
        }
    }

    private static String code(String value, String where) {
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(where + ": code must be upper-case letters, digits and hyphens "
                    + "(RUS, EU, M23, AL-SHABAAB), got '" + value + "'");
        }
        return value;
    }

    private static String sector(String value, String where) {
        if (value != null && !SECTORS.contains(value)) {
            throw new IllegalArgumentException(where + ": unknown sector '" + value + "' (expected one of "
                    + String.join(", ", sorted(SECTORS)) + ")");
        }
        return value;
    }

    private static String required(JsonNode node, String field, String where) {
        String value = text(node, field, where);
        if (value == null) {
            throw new IllegalArgumentException(where + ": missing '" + field + "'");
        }
        return value;
    }

    /** A scalar field as trimmed text, null when absent or blank; a list or mapping is an error. */
    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException(where + ": '" + field + "' must be a single value, got " + value);
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> strings(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(where + " must be a list of names, got " + node);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalArgumentException(where + ": every item must be a non-blank name (quote it if "
                        + "YAML reads it as a number or boolean), got " + item);
            }
            values.add(item.asText().strip());
        }
        return values;
    }

    private static void expect(JsonToken actual, JsonToken expected, String source, int line, String message) {
        if (actual != expected) {
            throw error(source, line, message + ", found " + describe(actual));
        }
    }

    private static IllegalArgumentException error(String source, int line, String message) {
        return new IllegalArgumentException(source + ":" + line + ": " + message);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "end of file";
        }
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            default -> "a single value";
        };
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
