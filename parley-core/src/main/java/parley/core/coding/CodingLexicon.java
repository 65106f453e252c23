package parley.core.coding;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import parley.model.EventType;
import parley.model.Issues;
import parley.model.nlp.Token;

/**
 * The codebook as data: named word lists and issue words ({@code parley/coding/lexicon.yaml}),
 * act tables and trigger patterns ({@code parley/coding/triggers.yaml}). Loaded once, immutable,
 * shared by all coders.
 *
 * <p>Loading validates both files and fails with every problem named: unknown keys and fields,
 * duplicate keys, list entries or pattern names, unknown word lists, tables, table entries,
 * bindings or checks, a pattern with no example, a word list nothing uses, a stage's list that is
 * missing ({@link #STAGE_LISTS}), and patterns or table entries that can never fire because an
 * earlier pattern always takes their tokens. The {@link #version()} is a hash of the two files.
 */
public final class CodingLexicon {
    private static final String LEXICON = "/parley/coding/lexicon.yaml";
    private static final String TRIGGERS = "/parley/coding/triggers.yaml";
    /** The word lists the Java stages use by name; each must be in lexicon.yaml. */
    static final Set<String> STAGE_LISTS = Set.of("happening_verbs", "light_verbs", "speech_verbs", "agent_nouns",
            "sides", "halts", "prospects", "judgements", "proposals", "people", "stative_passives", "negations",
            "hypothetical_modals", "conditional_marks", "condition_marks", "condition_words", "future_governors",
            "refusing_modals", "concession_issues", "aid_issues", "places", "own_forces", "rounds", "offerings", "conceded",
            "aid_things", "inherent_concessions", "crowds");
    /** The act tables, and the part of speech a word of each is tagged with. */
    private static final Map<String, String> TABLES = Map.of("verbs", "VB", "adjectives", "JJ", "evaluations", "JJ",
            "event_nouns", "NNS", "light_nouns", "NNS");
    /** The checks a pattern may name in {@code where}; those with a binding argument end in "()". */
    static final Set<String> CHECKS = Set.of("attributed-side", "not-prospective", "happening()");
    private static final Set<String> ACT_FIELDS = Set.of("type", "mode", "third_party", "future", "future_mode",
            "needs_issue", "needs_object_clause", "issues");
    private static final Set<String> PATTERN_FIELDS = Set.of("name", "match", "act", "with", "shape", "clause", "actor",
            "with_governor", "where", "examples");
    private static volatile CodingLexicon defaultLexicon;

    private final String version;
    private final Map<String, Set<String>> words;
    private final Map<String, Map<String, Act>> tables;
    private final List<TriggerPattern> patterns;
    private final Map<String, List<String>> issueWords;
    private final Needs needs;

    private CodingLexicon(String version, Map<String, Set<String>> words, Map<String, Map<String, Act>> tables,
                          List<TriggerPattern> patterns, Map<String, List<String>> issueWords) {
        this.version = version;
        this.words = words;
        this.tables = tables;
        this.patterns = patterns;
        this.issueWords = issueWords;
        this.needs = new Needs(patterns, tables);
    }

    /** Loads the lexicon shipped with Parley (once per process). */
    public static CodingLexicon loadDefault() {
        CodingLexicon loaded = defaultLexicon;
        if (loaded == null) {
            synchronized (CodingLexicon.class) {
                if (defaultLexicon == null) {
                    defaultLexicon = parse(resource(LEXICON), resource(TRIGGERS));
                }
                loaded = defaultLexicon;
            }
        }
        return loaded;
    }

    /**
     * Parses a lexicon and a trigger file given as YAML text.
     *
     * @throws IllegalArgumentException listing every problem found
     */
    static CodingLexicon parse(String lexiconYaml, String triggersYaml) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
        JsonNode lexicon;
        JsonNode triggers;
        try {
            lexicon = yaml.readTree(lexiconYaml);
            triggers = yaml.readTree(triggersYaml);
        } catch (IOException e) {
            throw new IllegalArgumentException("coding files are not valid YAML: " + e.getMessage(), e);
        }
        return new Builder(lexicon, triggers).build(version(lexiconYaml, triggersYaml));
    }

    /** A hash of the two files: changes whenever an entry does. */
    public String version() {
        return version;
    }

    /**
     * Whether a sentence of these tokens can code an event, judged before any parse from what each
     * token is (lemma, word, part of speech, named-entity tag): some trigger pattern that codes
     * events finds, for every node a match of it needs (its first node and each node its relations
     * require) and for every table word it looks up, a token that passes that node's constraints on
     * those four keys. Where no pattern does, the sentence codes no event whatever its parse, so the
     * NLP cascade leaves it unparsed.
     */
    public boolean mayCodeEvent(List<Token> sentence) {
        return needs.metBy(sentence);
    }

    /** What each event-coding pattern needs of a sentence's tokens ({@link #mayCodeEvent}). */
    private static final class Needs {
        private static final Set<String> KEYS = Set.of("lemma", "word", "pos", "ner");
        /** Per pattern, the tests of which each needs a token passing it. */
        private final List<List<Predicate<Map<String, String>>>> patterns = new ArrayList<>();

        Needs(List<TriggerPattern> triggers, Map<String, Map<String, Act>> tables) {
            for (TriggerPattern pattern : triggers) {
                if (pattern.lookup() == null && pattern.act().isNone()) {
                    continue; // codes no event: it only keeps later patterns off its tokens
                }
                List<Predicate<Map<String, String>>> tests = new ArrayList<>();
                addNodes(pattern.match().root(), tests);
                if (pattern.lookup() != null) {
                    addLookup(pattern.lookup(), tables.get(pattern.lookup().table()), tests);
                }
                patterns.add(List.copyOf(tests));
            }
        }

        /** The node and every node its relations require (a negated relation requires none). */
        private static void addNodes(GraphPattern.Node node, List<Predicate<Map<String, String>>> tests) {
            tests.add(test(node));
            for (GraphPattern.Relation relation : node.relations()) {
                if (!relation.negated() && relation.target() != null) {
                    addNodes(relation.target(), tests);
                }
            }
        }

        /** A token passes a node when its own constraints on the keys known before a parse accept it. */
        private static Predicate<Map<String, String>> test(GraphPattern.Node node) {
            List<Predicate<Map<String, String>>> checks = new ArrayList<>();
            for (GraphPattern.Constraint constraint : node.constraints()) {
                if (KEYS.contains(constraint.key())) {
                    checks.add(token -> constraint.acceptsValue(token.get(constraint.key())));
                }
            }
            List<Predicate<Map<String, String>>> alternatives = new ArrayList<>();
            for (GraphPattern.Node alternative : node.alternatives()) {
                alternatives.add(test(alternative));
            }
            return token -> checks.stream().allMatch(check -> check.test(token))
                    && (alternatives.isEmpty() || alternatives.stream().anyMatch(alternative -> alternative.test(token)));
        }

        /** Each looked-up token is the matching word of an entry whose act is an event. */
        private static void addLookup(TriggerPattern.Lookup lookup, Map<String, Act> table,
                                      List<Predicate<Map<String, String>>> tests) {
            int size = lookup.bindings().size();
            // nouns are looked up by their word, the other tables by lemma (Triggers.match)
            String key = lookup.table().endsWith("_nouns") ? "word" : "lemma";
            for (int i = 0; i < size; i++) {
                Set<String> words = new HashSet<>();
                for (Map.Entry<String, Act> entry : table.entrySet()) {
                    String[] parts = entry.getKey().split(" ");
                    if (parts.length == size && !entry.getValue().isNone()) {
                        words.add(parts[i]);
                    }
                }
                Set<String> known = Set.copyOf(words);
                tests.add(token -> known.contains(token.get(key)));
            }
        }

        boolean metBy(List<Token> sentence) {
            List<Map<String, String>> tokens = new ArrayList<>(sentence.size());
            for (Token token : sentence) {
                String word = token.word().toLowerCase(Locale.ROOT);
                tokens.add(Map.of("word", word,
                        "lemma", token.lemma() != null ? token.lemma().toLowerCase(Locale.ROOT) : word,
                        "pos", token.pos() == null ? "" : token.pos(),
                        "ner", token.ner() == null ? "" : token.ner()));
            }
            for (List<Predicate<Map<String, String>>> tests : patterns) {
                if (tests.stream().allMatch(test -> tokens.stream().anyMatch(test))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The trigger patterns in the order they are tried. */
    List<TriggerPattern> patterns() {
        return patterns;
    }

    /**
     * A named word list of lexicon.yaml that a stage uses.
     *
     * @throws IllegalArgumentException when the list is not one of {@link #STAGE_LISTS} (a
     *                                  programming error: declare it there and in the file)
     */
    Set<String> words(String list) {
        if (!STAGE_LISTS.contains(list)) {
            throw new IllegalArgumentException("word list '" + list + "' is not declared in CodingLexicon.STAGE_LISTS");
        }
        return words.get(list);
    }

    /** The act of a table entry, or null. */
    Act act(String table, String key) {
        Map<String, Act> entries = tables.get(table);
        if (entries == null) {
            throw new IllegalArgumentException("unknown act table '" + table + "'");
        }
        return entries.get(key);
    }

    /** The act an event noun ("talks", "truce") carries, or null. */
    Act eventNoun(String word) {
        return act("event_nouns", word);
    }

    /** The act a noun carries after a light verb ("voiced support"), or null. */
    Act lightNoun(String word) {
        return act("light_nouns", word);
    }

    boolean isHappeningVerb(String phrase) {
        return words.get("happening_verbs").contains(phrase);
    }

    boolean isSpeechVerb(String lemma) {
        return words.get("speech_verbs").contains(lemma);
    }

    boolean isAgentNoun(String lowerWord) {
        return words.get("agent_nouns").contains(lowerWord);
    }

    /** Issue name to its lower-case words and phrases. */
    Map<String, List<String>> issueWords() {
        return issueWords;
    }

    private static String resource(String name) {
        try (InputStream in = CodingLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static String version(String... files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "coding-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks both files, collecting every problem before failing. */
    private static final class Builder {
        private final JsonNode lexicon;
        private final JsonNode triggers;
        private final List<String> errors = new ArrayList<>();
        private final Map<String, Set<String>> words = new LinkedHashMap<>();
        private final Map<String, Map<String, Act>> tables = new LinkedHashMap<>();
        private final Set<String> usedLists = new LinkedHashSet<>();
        private final Set<String> referencedEntries = new LinkedHashSet<>();

        Builder(JsonNode lexicon, JsonNode triggers) {
            this.lexicon = lexicon;
            this.triggers = triggers;
        }

        CodingLexicon build(String version) {
            onlyFields("lexicon.yaml", lexicon, Set.of("words", "issues"));
            onlyFields("triggers.yaml", triggers, Set.of("verbs", "adjectives", "evaluations", "event_nouns",
                    "light_nouns", "patterns"));
            lexicon.path("words").fields().forEachRemaining(entry -> words.put(entry.getKey(),
                    list("words." + entry.getKey(), entry.getValue())));
            for (String stage : STAGE_LISTS) {
                if (!words.containsKey(stage)) {
                    errors.add("lexicon.yaml: words." + stage + " is missing (a coder stage uses it)");
                }
            }
            Map<String, List<String>> issues = new LinkedHashMap<>();
            lexicon.path("issues").fields().forEachRemaining(entry -> {
                if (!Issues.isKnown(entry.getKey())) {
                    errors.add("lexicon.yaml: unknown issue '" + entry.getKey() + "'");
                }
                issues.put(entry.getKey(), List.copyOf(list("issues." + entry.getKey(), entry.getValue())));
            });
            for (String table : List.of("verbs", "adjectives", "evaluations", "event_nouns", "light_nouns")) {
                tables.put(table, table(table, triggers.path(table)));
            }
            List<TriggerPattern> patterns = patterns(triggers.path("patterns"));
            Set<String> unused = new LinkedHashSet<>(words.keySet());
            unused.removeAll(usedLists);
            unused.removeAll(STAGE_LISTS);
            for (String list : unused) {
                errors.add("lexicon.yaml: words." + list + " is used by no pattern and no stage");
            }
            unreachablePatterns(patterns);
            unreachableEntries(patterns);
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException("bad coding files:\n  " + String.join("\n  ", errors));
            }
            return new CodingLexicon(version, Map.copyOf(words), Map.copyOf(tables), List.copyOf(patterns),
                    Map.copyOf(issues));
        }

        private Set<String> list(String where, JsonNode node) {
            Set<String> found = new LinkedHashSet<>();
            if (!node.isArray()) {
                errors.add(where + " must be a list");
                return Set.of();
            }
            for (JsonNode item : node) {
                String word = item.asText().toLowerCase(Locale.ROOT);
                if (where.equals("words.places") || where.equals("words.sides")) {
                    word = item.asText(); // entity classes keep their case
                }
                if (!found.add(word)) {
                    errors.add(where + " lists '" + word + "' twice");
                }
            }
            return Set.copyOf(found);
        }

        private Map<String, Act> table(String name, JsonNode node) {
            Map<String, Act> acts = new LinkedHashMap<>();
            node.fields().forEachRemaining(entry -> {
                Act act = act(name + "." + entry.getKey(), entry.getValue());
                if (act != null) {
                    acts.put(entry.getKey().toLowerCase(Locale.ROOT), act);
                }
            });
            return acts;
        }

        private Act act(String where, JsonNode node) {
            if (!node.isObject()) {
                errors.add(where + ": an act must be a map of " + ACT_FIELDS);
                return null;
            }
            onlyFields(where, node, ACT_FIELDS);
            EventType type = type(where, node.get("type"));
            if (type == null) {
                errors.add(where + ": an act needs a type");
                return null;
            }
            List<String> issues = new ArrayList<>();
            node.path("issues").forEach(issue -> {
                if (!Issues.isKnown(issue.asText())) {
                    errors.add(where + ": unknown issue '" + issue.asText() + "'");
                }
                issues.add(issue.asText());
            });
            return new Act(type, node.path("mode").asText(null), type(where, node.get("third_party")),
                    type(where, node.get("future")), node.path("future_mode").asText(null),
                    node.path("needs_issue").asBoolean(false), node.path("needs_object_clause").asBoolean(false),
                    issues);
        }

        private EventType type(String where, JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            try {
                return EventType.valueOf(node.asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(where + ": unknown type '" + node.asText() + "'");
                return null;
            }
        }

        private List<TriggerPattern> patterns(JsonNode node) {
            List<TriggerPattern> patterns = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            int index = 0;
            for (JsonNode entry : node) {
                index++;
                String name = entry.path("name").asText("");
                String where = "patterns[" + index + "] '" + name + "'";
                if (name.isEmpty()) {
                    errors.add(where + ": a pattern needs a name");
                    continue;
                }
                if (!names.add(name)) {
                    errors.add(where + ": the name is used twice");
                }
                onlyFields(where, entry, PATTERN_FIELDS);
                TriggerPattern pattern = pattern(where, name, entry);
                if (pattern != null) {
                    patterns.add(pattern);
                }
            }
            return patterns;
        }

        private TriggerPattern pattern(String where, String name, JsonNode entry) {
            GraphPattern match;
            try {
                match = GraphPattern.parse(entry.path("match").asText(""), this::lookupList);
            } catch (IllegalArgumentException e) {
                errors.add(where + ": " + e.getMessage());
                return null;
            }
            Set<String> bound = new LinkedHashSet<>(match.bindings());
            bound.add("trigger");
            Act act = null;
            TriggerPattern.Lookup lookup = null;
            JsonNode actNode = entry.get("act");
            if (actNode == null) {
                errors.add(where + ": a pattern needs an act");
                return null;
            } else if (actNode.isObject()) {
                act = act(where + ".act", actNode);
            } else if (actNode.asText().equals("none")) {
                act = Act.NONE;
            } else if (actNode.asText().contains("(")) {
                String text = actNode.asText();
                String table = text.substring(0, text.indexOf('('));
                List<String> keys = List.of(text.substring(text.indexOf('(') + 1, text.lastIndexOf(')')).trim()
                        .split("\\s+"));
                if (!tables.containsKey(table)) {
                    errors.add(where + ": unknown act table '" + table + "'");
                }
                for (String key : keys) {
                    if (!bound.contains(key)) {
                        errors.add(where + ": act looks up unbound token '" + key + "' (bound: " + bound + ")");
                    }
                }
                lookup = new TriggerPattern.Lookup(table, keys);
            } else {
                String reference = actNode.asText();
                int dot = reference.indexOf('.');
                Map<String, Act> table = dot < 0 ? null : tables.get(reference.substring(0, dot));
                act = table == null ? null : table.get(reference.substring(dot + 1));
                if (act == null) {
                    errors.add(where + ": unknown act '" + reference + "'");
                } else {
                    referencedEntries.add(reference);
                }
            }
            TriggerPattern.Overrides overrides = null;
            JsonNode with = entry.get("with");
            if (with != null) {
                onlyFields(where + ".with", with, Set.of("type", "mode", "future", "future_mode", "issues"));
                List<String> issues = null;
                if (with.has("issues")) {
                    issues = new ArrayList<>();
                    for (JsonNode issue : with.get("issues")) {
                        issues.add(issue.asText());
                    }
                }
                overrides = new TriggerPattern.Overrides(type(where, with.get("type")), with.path("mode").asText(null),
                        type(where, with.get("future")), with.path("future_mode").asText(null), issues);
            }
            TriggerPattern.Shape shape = TriggerPattern.Shape.VERB;
            if (entry.has("shape")) {
                try {
                    shape = TriggerPattern.Shape.valueOf(entry.get("shape").asText().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(where + ": unknown shape '" + entry.get("shape").asText() + "'");
                }
            }
            String clause = entry.path("clause").asText("trigger");
            if (!bound.contains(clause)) {
                errors.add(where + ": clause names unbound token '" + clause + "'");
            }
            String actor = entry.has("actor") ? entry.get("actor").asText() : null;
            if (actor != null && !bound.contains(actor)) {
                errors.add(where + ": actor names unbound token '" + actor + "'");
            }
            List<TriggerPattern.Check> checks = new ArrayList<>();
            for (JsonNode check : entry.path("where")) {
                String text = check.asText();
                String binding = null;
                String key = text;
                if (text.contains("(")) {
                    binding = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')')).trim();
                    key = text.substring(0, text.indexOf('(')) + "()";
                    if (!bound.contains(binding)) {
                        errors.add(where + ": check '" + text + "' names unbound token '" + binding + "'");
                    }
                }
                if (!CHECKS.contains(key)) {
                    errors.add(where + ": unknown check '" + text + "' (known: " + CHECKS + ")");
                }
                checks.add(new TriggerPattern.Check(key.replace("()", ""), binding));
            }
            List<String> examples = new ArrayList<>();
            entry.path("examples").forEach(example -> examples.add(example.asText()));
            if (examples.isEmpty()) {
                errors.add(where + ": a pattern needs at least one example sentence");
            }
            return new TriggerPattern(name, match, act, lookup, overrides, shape, clause, actor,
                    entry.path("with_governor").asBoolean(false), checks, examples);
        }

        /** A list for a pattern: a word list, a table's keys ("verbs"), or those of one type ("light_nouns.ASSAULT"). */
        private Set<String> lookupList(String name) {
            usedLists.add(name);
            if (words.containsKey(name)) {
                return words.get(name);
            }
            int dot = name.indexOf('.');
            Map<String, Act> table = tables.get(dot < 0 ? name : name.substring(0, dot));
            if (table == null) {
                return null;
            }
            if (dot < 0) {
                return table.keySet();
            }
            EventType type;
            try {
                type = EventType.valueOf(name.substring(dot + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
            Set<String> keys = new LinkedHashSet<>();
            table.forEach((key, act) -> {
                if (act.type() == type) {
                    keys.add(key);
                }
            });
            return keys;
        }

        /** A pattern after one that takes every token it could match never fires. */
        private void unreachablePatterns(List<TriggerPattern> patterns) {
            for (int p = 0; p < patterns.size(); p++) {
                for (int e = 0; e < p; e++) {
                    TriggerPattern earlier = patterns.get(e);
                    if (unconditional(earlier) && patterns.get(p).match().root().implies(earlier.match().root())) {
                        errors.add("pattern '" + patterns.get(p).name() + "' can never fire: the earlier pattern '"
                                + earlier.name() + "' takes every token it matches");
                        break;
                    }
                }
            }
        }

        /**
         * A table entry no pattern can reach: its word is taken by an earlier pattern before any
         * pattern looks it up, or no pattern looks the table up at all.
         */
        private void unreachableEntries(List<TriggerPattern> patterns) {
            for (Map.Entry<String, Map<String, Act>> table : tables.entrySet()) {
                boolean byOtherToken = patterns.stream().anyMatch(p -> p.lookup() != null
                        && p.lookup().table().equals(table.getKey()) && !p.lookup().bindings().equals(List.of("trigger"))
                        && p.lookup().bindings().size() == 1);
                boolean byPhrase = patterns.stream().anyMatch(p -> p.lookup() != null
                        && p.lookup().table().equals(table.getKey()) && p.lookup().bindings().size() > 1);
                for (String key : table.getValue().keySet()) {
                    if (byOtherToken || referencedEntries.contains(table.getKey() + "." + key)) {
                        continue;
                    }
                    if (key.contains(" ")) {
                        if (!byPhrase) {
                            errors.add(table.getKey() + "." + key + ": no pattern looks up a phrase in " + table.getKey());
                        }
                        continue;
                    }
                    Map<String, String> token = Map.of("lemma", key, "word", key, "pos", TABLES.get(table.getKey()));
                    String blocker = null;
                    boolean reached = false;
                    for (TriggerPattern pattern : patterns) {
                        Boolean accepts = pattern.match().root().accepts(token);
                        if (accepts == null || !accepts) {
                            continue;
                        }
                        if (pattern.lookup() != null && pattern.lookup().table().equals(table.getKey())
                                && pattern.lookup().bindings().equals(List.of("trigger"))) {
                            reached = true;
                            break;
                        }
                        if (unconditional(pattern)) {
                            blocker = pattern.name();
                            break;
                        }
                    }
                    if (!reached) {
                        errors.add(table.getKey() + "." + key + " can never fire"
                                + (blocker == null ? ": no pattern looks it up" : ": pattern '" + blocker + "' takes the word first"));
                    }
                }
            }
        }

        private static boolean unconditional(TriggerPattern pattern) {
            boolean sureAct = pattern.lookup() == null || pattern.lookup().bindings().equals(List.of("trigger"));
            return pattern.match().root().relations().isEmpty() && pattern.checks().isEmpty() && sureAct
                    && pattern.match().root().alternatives().isEmpty();
        }

        private void onlyFields(String where, JsonNode node, Set<String> allowed) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    errors.add(where + ": unknown field '" + name + "' (allowed: " + allowed + ")");
                }
            }
        }
    }
}
