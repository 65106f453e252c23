package parley.core.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the description grammar, loaded once from {@code parley/actors/descriptions/}:
 * role nouns with their sectors and offices ({@code roles.yaml}), qualifiers, determiners,
 * honorifics and abbreviations ({@code words.yaml}), readings of ambiguous names that follow
 * the sentence ({@code context.yaml}), and cities with their state ({@code places.tsv}). Immutable.
 */
final class DescriptionLexicon {
    static final String FOLDER = "parley/actors/descriptions/";
    static final List<String> FILES = List.of("roles.yaml", "words.yaml", "context.yaml", "places.tsv", "regions.tsv");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "to", "in", "on", "at", "with", "from", "and");
    private static volatile DescriptionLexicon shipped;

    /** What a qualifier does to the description it stands in. */
    enum QualifierKind {
        /** Out of the office: ELI. */
        FORMER,
        /** Not yet in the office: no office holder. */
        FUTURE,
        /** Part of the office's name ("deputy"). */
        RANK,
        /** Nothing. */
        NEUTRAL
    }

    /** A qualifier; {@code rank} is the word a RANK names its office with ("vice" gives "deputy"). */
    record Qualifier(QualifierKind kind, String rank) {
    }

    /** How a role acts. */
    enum RoleKind { PERSON, GROUP, THING }

    /**
     * A role noun.
     *
     * @param phrase    as written in roles.yaml, singular ("foreign minister")
     * @param sector    its sector, or null for a noun of the `none` list
     * @param kind      person, group or thing
     * @param belonging whether it takes the sector of what it belongs to ("spokesman")
     * @param office    the office it names ("foreign minister" for "top diplomat"), or null
     * @param ownState  the state the office names by itself ("pope": VAT), or null
     * @param plural    whether this form is the plural
     */
    record Role(String phrase, String sector, RoleKind kind, boolean belonging, String office, String ownState,
                boolean plural) {
    }

    /** A reading of ambiguous forms: they take {@code code} when a cue is in the sentence. */
    record Reading(Set<String> forms, String code, List<String> cues) {
    }

    private final Map<String, Role> roles = new HashMap<>();
    private final Map<String, Qualifier> qualifiers = new HashMap<>();
    private final Set<String> determiners = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Map<String, String> abbreviations = new HashMap<>();
    private final Map<String, String> spellings = new HashMap<>();
    private final Set<String> notOwnerAfter = new HashSet<>();
    private final Set<String> notOwnerBefore = new HashSet<>();
    private final Set<String> ownerAfter = new HashSet<>();
    private final Set<String> modifiersDecide = new HashSet<>();
    private final Map<String, String> regions = new HashMap<>();
    private final Map<String, String> places = new HashMap<>();
    private final List<Reading> readings = new ArrayList<>();
    private int longest = 1;
    private final String sha256;

    private DescriptionLexicon(Map<String, byte[]> files) {
        try {
            readWords(YAML.readTree(files.get("words.yaml")));
            readRoles(YAML.readTree(files.get("roles.yaml")));
            readReadings(YAML.readTree(files.get("context.yaml")));
            readPlaces(new String(files.get("regions.tsv"), java.nio.charset.StandardCharsets.UTF_8));
            readPlaces(new String(files.get("places.tsv"), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the description files under " + FOLDER + " are not valid YAML: "
                    + e.getMessage(), e);
        }
        this.sha256 = digest(files);
    }

    /** The shipped lexicon, loaded on first use. */
    static DescriptionLexicon shipped() {
        DescriptionLexicon lexicon = shipped;
        if (lexicon == null) {
            synchronized (DescriptionLexicon.class) {
                lexicon = shipped;
                if (lexicon == null) {
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    for (String name : FILES) {
                        try (InputStream in = DescriptionLexicon.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                            if (in == null) {
                                throw new IllegalStateException("description file missing from the classpath: " + FOLDER + name);
                            }
                            files.put(name, in.readAllBytes());
                        } catch (IOException e) {
                            throw new IllegalStateException("cannot read description file " + FOLDER + name, e);
                        }
                    }
                    lexicon = new DescriptionLexicon(files);
                    shipped = lexicon;
                }
            }
        }
        return lexicon;
    }

    /** Hex SHA-256 over the four files, for the dictionary's version. */
    String sha256() {
        return sha256;
    }

    /** Every role form (singular and plural) with its role, keyed by its words. */
    Map<String, Role> roles() {
        return Map.copyOf(roles);
    }

    /** The lookup key of a token: folded, American spelling made British, abbreviations written out. */
    String key(PhraseToken token) {
        String folded = token.folded();
        String british = spellings.getOrDefault(folded, folded);
        return abbreviations.getOrDefault(british, british);
    }

    /** The key of tokens {@code [from, to)}: their keys joined with spaces. */
    String key(List<PhraseToken> tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                key.append(' ');
            }
            key.append(key(tokens.get(i)));
        }
        return key.toString();
    }

    /** The longest phrase of any list, in tokens. */
    int longest() {
        return longest;
    }

    /** Every qualifier with what it does, keyed by its words. */
    Map<String, Qualifier> qualifiers() {
        return Map.copyOf(qualifiers);
    }

    Role role(String key) {
        return roles.get(key);
    }

    Qualifier qualifier(String key) {
        return qualifiers.get(key);
    }

    /** The state of a people or region that owns a description ("chechen": RUS), or null. */
    String region(String key) {
        return regions.get(key);
    }

    /** Every region word with its state. */
    Map<String, String> regions() {
        return Map.copyOf(regions);
    }

    boolean determiner(String key) {
        return determiners.contains(key);
    }

    boolean honorific(String key) {
        return honorifics.contains(key);
    }

    boolean notOwnerAfter(String key) {
        return notOwnerAfter.contains(key);
    }

    boolean notOwnerBefore(String key) {
        return notOwnerBefore.contains(key);
    }

    boolean ownerAfter(String key) {
        return ownerAfter.contains(key);
    }

    /** Whether a role of {@code sector} before the head decides the description's sector. */
    boolean modifierDecides(String sector) {
        return sector != null && modifiersDecide.contains(sector);
    }

    /** The readings of ambiguous names, in file order. */
    List<Reading> readings() {
        return List.copyOf(readings);
    }

    /** The office named by a title or phrase's role key, as roles.yaml names offices, or null. */
    String office(String roleKey) {
        Role role = roles.get(roleKey);
        return role == null ? null : role.office();
    }

    private void readWords(JsonNode root) {
        // Spellings and abbreviations change keys, so they are read before any phrase is keyed.
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("spellings").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            spellings.put(PhraseToken.fold(entry.getKey()), entry.getValue().asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("abbreviations").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            abbreviations.put(PhraseToken.fold(entry.getKey()), entry.getValue().asText());
        }
        JsonNode qualifierNode = root.path("qualifiers");
        for (String word : strings(qualifierNode.path("former"), "qualifiers.former")) {
            putQualifier(word, new Qualifier(QualifierKind.FORMER, null));
        }
        for (String word : strings(qualifierNode.path("future"), "qualifiers.future")) {
            putQualifier(word, new Qualifier(QualifierKind.FUTURE, null));
        }
        for (JsonNode group : qualifierNode.path("rank")) {
            List<String> words = strings(group, "qualifiers.rank");
            for (String word : words) {
                putQualifier(word, new Qualifier(QualifierKind.RANK, words.get(0)));
            }
        }
        for (String word : strings(qualifierNode.path("neutral"), "qualifiers.neutral")) {
            putQualifier(word, new Qualifier(QualifierKind.NEUTRAL, null));
        }
        for (String word : strings(root.path("determiners"), "determiners")) {
            determiners.add(phraseKey(word));
        }
        for (String word : strings(root.path("honorifics"), "honorifics")) {
            honorifics.add(phraseKey(word));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("regions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String code = entry.getValue().asText();
            if (!code.matches("[A-Z]{3}")) {
                throw new IllegalStateException(FOLDER + "words.yaml: region '" + entry.getKey()
                        + "' needs an ISO alpha-3 code, got '" + code + "'");
            }
            String key = phraseKey(entry.getKey());
            regions.put(key, code);
            longest = Math.max(longest, key.split(" ").length);
        }
        JsonNode hyphenated = root.path("hyphenated");
        strings(hyphenated.path("not_owner_after"), "hyphenated.not_owner_after").forEach(w -> notOwnerAfter.add(phraseKey(w)));
        strings(hyphenated.path("not_owner_before"), "hyphenated.not_owner_before").forEach(w -> notOwnerBefore.add(phraseKey(w)));
        strings(hyphenated.path("owner_after"), "hyphenated.owner_after").forEach(w -> ownerAfter.add(phraseKey(w)));
    }

    private void putQualifier(String word, Qualifier qualifier) {
        String key = phraseKey(word);
        if (qualifiers.putIfAbsent(key, qualifier) != null) {
            throw new IllegalStateException(FOLDER + "words.yaml: qualifier '" + word + "' is listed twice");
        }
        longest = Math.max(longest, key.split(" ").length);
    }

    private void readRoles(JsonNode root) {
        Map<String, String> offices = new HashMap<>();
        for (JsonNode group : root.path("offices")) {
            List<String> phrases = strings(group, "offices");
            for (String phrase : phrases) {
                if (offices.put(phraseKey(phrase), phraseKey(phrases.get(0))) != null) {
                    throw new IllegalStateException(FOLDER + "roles.yaml: '" + phrase + "' names two offices");
                }
            }
        }
        Map<String, String> ownStates = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("own_state").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            ownStates.put(phraseKey(entry.getKey()), entry.getValue().asText());
        }
        Map<String, Role> singulars = new LinkedHashMap<>();
        readSection(root.path("roles"), false, offices, ownStates, singulars);
        readSection(root.path("belonging"), true, offices, ownStates, singulars);
        for (String office : offices.keySet()) {
            if (!singulars.containsKey(office)) {
                throw new IllegalStateException(FOLDER + "roles.yaml: office phrase '" + office + "' is not a role");
            }
        }
        for (String phrase : ownStates.keySet()) {
            if (!singulars.containsKey(phrase)) {
                throw new IllegalStateException(FOLDER + "roles.yaml: own_state phrase '" + phrase + "' is not a role");
            }
        }
        for (JsonNode sector : root.path("modifiers_decide")) {
            modifiersDecide.add(Sector.of(sector.asText()).name());
        }
    }

    private void readSection(JsonNode section, boolean belonging, Map<String, String> offices,
                             Map<String, String> ownStates, Map<String, Role> singulars) {
        for (Iterator<Map.Entry<String, JsonNode>> sectors = section.fields(); sectors.hasNext(); ) {
            Map.Entry<String, JsonNode> bySector = sectors.next();
            String sector = bySector.getKey().equals("none") ? null : Sector.of(bySector.getKey()).name();
            for (Iterator<Map.Entry<String, JsonNode>> kinds = bySector.getValue().fields(); kinds.hasNext(); ) {
                Map.Entry<String, JsonNode> byKind = kinds.next();
                RoleKind kind = switch (byKind.getKey()) {
                    case "person" -> RoleKind.PERSON;
                    case "group" -> RoleKind.GROUP;
                    case "thing" -> RoleKind.THING;
                    default -> throw new IllegalStateException(FOLDER + "roles.yaml: unknown kind '" + byKind.getKey()
                            + "' under " + bySector.getKey() + " (expected person, group or thing)");
                };
                for (String written : strings(byKind.getValue(), bySector.getKey() + "." + byKind.getKey())) {
                    String[] forms = written.split("/", 2);
                    String singular = forms[0].strip();
                    String key = phraseKey(singular);
                    Role role = new Role(singular, sector, kind, belonging, offices.get(key), ownStates.get(key), false);
                    if (singulars.put(key, role) != null || roles.containsKey(key)) {
                        throw new IllegalStateException(FOLDER + "roles.yaml: '" + singular + "' is listed twice");
                    }
                    roles.put(key, role);
                    longest = Math.max(longest, key.split(" ").length);
                    String plural = forms.length > 1 ? forms[1].strip() : plural(singular);
                    if (plural != null) {
                        String pluralKey = phraseKey(plural);
                        roles.putIfAbsent(pluralKey, new Role(singular, sector, kind, belonging, role.office(),
                                role.ownState(), true));
                        longest = Math.max(longest, pluralKey.split(" ").length);
                    }
                }
            }
        }
    }

    private void readReadings(JsonNode root) {
        for (JsonNode reading : root.path("readings")) {
            String code = reading.path("code").asText();
            if (!code.matches("[A-Z]{3}")) {
                throw new IllegalStateException(FOLDER + "context.yaml: a reading needs an ISO alpha-3 code, got '" + code + "'");
            }
            readings.add(new Reading(Set.copyOf(strings(reading.path("forms"), "readings.forms")), code,
                    strings(reading.path("cues"), "readings.cues")));
        }
    }

    private void readPlaces(String content) {
        int line = 0;
        for (String row : content.split("\n")) {
            line++;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\t");
            if (cells.length != 2 || !cells[1].strip().matches("[A-Z]{3}")) {
                throw new IllegalStateException(FOLDER + "places.tsv:" + line + ": expected a name, a tab and an ISO alpha-3 code, got '"
                        + row + "'");
            }
            String key = phraseKey(cells[0]);
            places.putIfAbsent(key, cells[1].strip());
            longest = Math.max(longest, key.split(" ").length);
        }
    }

    /** The state a city lies in ("basra": IRQ), or null. */
    String place(String key) {
        return places.get(key);
    }

    /** The state a place written out lies in ("Kherson", "the Gaza Strip"), or null. */
    String placeOf(String phrase) {
        String key = phraseKey(phrase.strip().replaceFirst("^(?i)the\\s+", ""));
        return places.get(key);
    }

    /** The key of a phrase written in a data file, read by the same tokenizer as the text. */
    private String phraseKey(String phrase) {
        List<PhraseToken> tokens = PhraseToken.read(ActorMatcher.normalise(phrase.strip()));
        return key(tokens, 0, tokens.size());
    }

    /**
     * The plural of a role phrase: of the word before its first preposition ("secretaries of
     * state"), else of its last word; null when the phrase already ends like a plural.
     */
    static String plural(String phrase) {
        String[] words = phrase.split(" ");
        int head = words.length - 1;
        for (int i = 1; i < words.length; i++) {
            if (PREPOSITIONS.contains(words[i])) {
                head = i - 1;
                break;
            }
        }
        String word = words[head];
        String plural;
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return null;
        } else if (word.endsWith("man")) {
            plural = word.substring(0, word.length() - 3) + "men";
        } else if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            plural = word.substring(0, word.length() - 1) + "ies";
        } else if (word.endsWith("ss") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh")) {
            plural = word + "es";
        } else {
            plural = word + "s";
        }
        words[head] = plural;
        return String.join(" ", words);
    }

    private static List<String> strings(JsonNode node, String where) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalStateException(FOLDER + ": '" + where + "' must be a list, got " + node);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node) {
            String text = value.asText().strip();
            if (text.isEmpty()) {
                throw new IllegalStateException(FOLDER + ": '" + where + "' holds an empty phrase");
            }
            values.add(text);
        }
        return values;
    }

    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.values().forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
