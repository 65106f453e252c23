package parley.core.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A pattern over one sentence's dependency graph, in a small subset of CoreNLP's Semgrex notation
 * (written by hand because Semgrex would bring CoreNLP into the core, and the coder needs only this
 * much). A pattern is a node with constraints and relations to other nodes:
 *
 * <pre>
 * {pos:VB*; lemma:hand|return|transfer} &gt;obj {lemma:@captives}=object
 * {word:@event_nouns} &lt;nsubj ({}=clause)
 * {pos:VB*; lemma:vow|pledge} &gt;&gt; {lemma:@force_words}
 * {pos:VB*; lemma:call} !&gt;xcomp !&gt;ccomp &gt;obj {pos:NNP}
 * </pre>
 *
 * <ul>
 *   <li>{@code {key:value; key:value}}: every constraint must hold. Keys: {@code lemma},
 *       {@code word} (lower case), {@code pos}, {@code entity} ({@link SentenceGraph#entity}),
 *       {@code ner}, {@code rel} (relation to the head). A value is one or more alternatives split
 *       by {@code |}; an alternative ending in {@code *} is a prefix; {@code @name} is a named word
 *       list; a leading {@code !} negates the whole value. {@code {}} matches any token.</li>
 *   <li>{@code >rel node}: a child by relation {@code rel} (or a subtype: {@code obl} matches
 *       {@code obl:for}; {@code *} is any relation) that matches the node. {@code <rel node}: the
 *       head by that relation. {@code >> node}: any token below (along the tree). {@code !>rel},
 *       {@code !<rel}, {@code !>>}: no such token (a node after them narrows what is excluded).</li>
 *   <li>Relations after a node all apply to that node; parentheses give a nested node relations of
 *       its own: {@code {lemma:take} >obj ({lemma:control} >nmod:of {entity:LOCATION})}.</li>
 *   <li>{@code =name} after a node or a parenthesised group binds the token it matched, for the
 *       rule that uses the pattern.</li>
 * </ul>
 *
 * Immutable and thread-safe once parsed.
 */
final class GraphPattern {
    /** The keys a node constraint may use. */
    static final Set<String> KEYS = Set.of("lemma", "word", "pos", "entity", "ner", "rel");

    private final String source;
    private final Node root;
    private final List<String> bindings;

    private GraphPattern(String source, Node root, List<String> bindings) {
        this.source = source;
        this.root = root;
        this.bindings = List.copyOf(bindings);
    }

    /**
     * Parses a pattern; word lists named with {@code @name} are looked up in {@code lists}.
     *
     * @throws IllegalArgumentException naming the position and what was expected, or the unknown
     *                                  key or list
     */
    static GraphPattern parse(String source, Function<String, Set<String>> lists) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("empty pattern");
        }
        Parser parser = new Parser(source, lists);
        Node root = parser.node();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw parser.error("unexpected '" + source.charAt(parser.at) + "'");
        }
        return new GraphPattern(source, root, parser.names);
    }

    /** The pattern as written. */
    String source() {
        return source;
    }

    /** The first node: what a token must be to start a match, and the relations it must have. */
    Node root() {
        return root;
    }

    /** The names bound with {@code =name}, in the order written. */
    List<String> bindings() {
        return bindings;
    }

    /**
     * Matches the pattern with its first node at {@code token}.
     *
     * @return the bound tokens by name ({@code trigger} is always the token itself), or null when
     *         the pattern does not match there
     */
    Map<String, Integer> match(SentenceGraph graph, int token) {
        Map<String, Integer> bindings = new HashMap<>();
        if (!root.matches(graph, token, bindings)) {
            return null;
        }
        bindings.put("trigger", token);
        return bindings;
    }

    @Override
    public String toString() {
        return source;
    }

    /** One constraint: a key and the values it accepts. */
    record Constraint(String key, List<String> exact, List<String> prefixes, Pattern regex, boolean negated) {
        boolean accepts(SentenceGraph graph, int token) {
            String value = switch (key) {
                case "lemma" -> graph.lemma(token);
                case "word" -> graph.lower(token);
                case "pos" -> graph.pos(token);
                case "entity" -> graph.entity(token);
                case "ner" -> graph.ner(token);
                case "rel" -> graph.relation(token);
                default -> throw new IllegalStateException(key);
            };
            return acceptsValue(value);
        }

        boolean acceptsValue(String value) {
            boolean hit = exact.contains(value) || regex != null && regex.matcher(value).matches();
            for (int i = 0; i < prefixes.size() && !hit; i++) {
                hit = value.startsWith(prefixes.get(i));
            }
            return hit != negated;
        }

        /** Whether every value this constraint accepts is also accepted by {@code wider}. */
        boolean narrowerThan(Constraint wider) {
            if (!key.equals(wider.key()) || negated || regex != null) {
                return false;
            }
            for (String prefix : prefixes) {
                if (wider.negated() || wider.prefixes().stream().noneMatch(prefix::startsWith)) {
                    return false;
                }
            }
            return exact.stream().allMatch(wider::acceptsValue);
        }
    }

    /**
     * A node: constraints on a token, a binding name, relations to other nodes, and alternatives
     * of which one must match ({@code ({pos:NNP} | {ner:PERSON})}).
     */
    record Node(List<Constraint> constraints, String name, List<Relation> relations, List<Node> alternatives) {
        boolean matches(SentenceGraph graph, int token, Map<String, Integer> bindings) {
            for (Constraint constraint : constraints) {
                if (!constraint.accepts(graph, token)) {
                    return false;
                }
            }
            Map<String, Integer> trial = new HashMap<>(bindings);
            if (!alternatives.isEmpty() && alternatives.stream().noneMatch(node -> node.matches(graph, token, trial))) {
                return false;
            }
            for (Relation relation : relations) {
                if (!relation.holds(graph, token, trial)) {
                    return false;
                }
            }
            if (name != null) {
                trial.put(name, token);
            }
            bindings.putAll(trial);
            return true;
        }

        /**
         * Whether a token with these values ({@code lemma}, {@code word}, {@code pos}) passes this
         * node's own constraints; null when a constraint on another key or an alternative decides.
         */
        Boolean accepts(Map<String, String> token) {
            if (!alternatives.isEmpty()) {
                return null;
            }
            for (Constraint constraint : constraints) {
                String value = token.get(constraint.key());
                if (value == null) {
                    return null;
                }
                if (!constraint.acceptsValue(value)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether every token this node's constraints accept is accepted by {@code wider}'s too. */
        boolean implies(Node wider) {
            if (!wider.alternatives().isEmpty()) {
                return false;
            }
            for (Constraint constraint : wider.constraints()) {
                if (constraints.stream().noneMatch(own -> own.narrowerThan(constraint))) {
                    return false;
                }
            }
            return true;
        }

        /** The words this node's {@code key} constraint accepts exactly, or null when it has none. */
        List<String> exactValues(String key) {
            for (Constraint constraint : constraints) {
                if (constraint.key().equals(key) && !constraint.negated() && constraint.prefixes().isEmpty()
                        && constraint.regex() == null) {
                    return constraint.exact();
                }
            }
            return null;
        }
    }

    /** A relation from a node to another: child, head or descendant, possibly negated. */
    record Relation(char direction, String name, boolean negated, Node target) {
        boolean holds(SentenceGraph graph, int token, Map<String, Integer> bindings) {
            boolean found = false;
            for (int other : candidates(graph, token)) {
                Map<String, Integer> trial = new HashMap<>(bindings);
                if (target == null || target.matches(graph, other, trial)) {
                    found = true;
                    if (!negated) {
                        bindings.putAll(trial);
                    }
                    break;
                }
            }
            return found != negated;
        }

        private List<Integer> candidates(SentenceGraph graph, int token) {
            List<Integer> found = new ArrayList<>();
            switch (direction) {
                case '>' -> graph.children(token).forEach(dependency -> {
                    if (relationMatches(dependency.relation())) {
                        found.add(dependency.dependent());
                    }
                });
                case '<' -> graph.parents(token).forEach(dependency -> {
                    if (dependency.governor() >= 0 && relationMatches(dependency.relation())) {
                        found.add(dependency.governor());
                    }
                });
                default -> { // '*': below along the tree
                    var below = graph.subtree(token);
                    below.clear(token);
                    below.stream().forEach(found::add);
                }
            }
            return found;
        }

        private boolean relationMatches(String relation) {
            if (name.equals("*")) {
                return true;
            }
            for (String wanted : name.split("\\|")) {
                if (SentenceGraph.matches(relation, wanted)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Parser {
        private final String text;
        private final Function<String, Set<String>> lists;
        private final List<String> names = new ArrayList<>();
        private int at;

        Parser(String text, Function<String, Set<String>> lists) {
            this.text = text;
            this.lists = lists;
        }

        /** A node and the relations after it: {@code {...} >rel X >rel Y}. */
        Node node() {
            return withRelations(primary());
        }

        /**
         * A node without relations of its own ({@code {...}=name}), or a parenthesised group:
         * one node with its relations, or alternatives split by {@code |}.
         */
        private Node primary() {
            skipSpace();
            if (peek('(')) {
                at++;
                List<Node> alternatives = new ArrayList<>();
                alternatives.add(node());
                skipSpace();
                while (peek('|')) {
                    at++;
                    alternatives.add(node());
                    skipSpace();
                }
                expect(')');
                Node group = alternatives.size() == 1 ? alternatives.get(0)
                        : new Node(List.of(), null, List.of(), List.copyOf(alternatives));
                String name = binding();
                return name == null ? group : new Node(group.constraints(), name, group.relations(), group.alternatives());
            }
            expect('{');
            List<Constraint> constraints = new ArrayList<>();
            skipSpace();
            while (!peek('}')) {
                constraints.add(constraint());
                skipSpace();
                if (peek(';')) {
                    at++;
                    skipSpace();
                } else if (!peek('}')) {
                    throw error("expected ';' or '}'");
                }
            }
            at++;
            return new Node(List.copyOf(constraints), binding(), List.of(), List.of());
        }

        /** An {@code =name} after a node or group, or null. */
        private String binding() {
            if (!peek('=')) {
                return null;
            }
            at++;
            String name = identifier();
            if (names.contains(name) || name.equals("trigger")) {
                throw error("the name '" + name + "' is bound twice");
            }
            names.add(name);
            return name;
        }

        private Node withRelations(Node node) {
            List<Relation> relations = new ArrayList<>(node.relations());
            while (true) {
                skipSpace();
                boolean negated = peek('!');
                int start = at;
                if (negated) {
                    at++;
                }
                char direction;
                if (text.startsWith(">>", at)) {
                    direction = '*';
                    at += 2;
                } else if (peek('>') || peek('<')) {
                    direction = text.charAt(at);
                    at++;
                } else {
                    at = start;
                    break;
                }
                String name = "*";
                if (direction != '*') {
                    name = relationName();
                }
                skipSpace();
                Node target = peek('{') || peek('(') ? primary() : null;
                if (target == null && !negated) {
                    throw error("a relation needs a node after it");
                }
                relations.add(new Relation(direction, name, negated, target));
            }
            return new Node(node.constraints(), node.name(), List.copyOf(relations), node.alternatives());
        }

        private Constraint constraint() {
            String key = identifier();
            if (!KEYS.contains(key)) {
                throw error("unknown key '" + key + "' (known: " + KEYS + ")");
            }
            skipSpace();
            expect(':');
            skipSpace();
            boolean negated = peek('!');
            if (negated) {
                at++;
            }
            if (peek('/')) {
                int end = text.indexOf('/', at + 1);
                if (end < 0) {
                    throw error("unclosed /regex/");
                }
                Pattern regex = Pattern.compile(text.substring(at + 1, end));
                at = end + 1;
                return new Constraint(key, List.of(), List.of(), regex, negated);
            }
            int start = at;
            while (!atEnd() && ";} ".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            String value = text.substring(start, at);
            if (value.isEmpty()) {
                throw error("key '" + key + "' has no value");
            }
            List<String> exact = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String alternative : value.split("\\|", -1)) {
                if (alternative.isEmpty()) {
                    throw error("empty alternative in '" + value + "'");
                }
                if (alternative.startsWith("@")) {
                    Set<String> words = lists.apply(alternative.substring(1));
                    if (words == null) {
                        throw error("unknown word list '" + alternative + "'");
                    }
                    exact.addAll(words);
                } else if (alternative.endsWith("*")) {
                    prefixes.add(alternative.substring(0, alternative.length() - 1));
                } else {
                    exact.add(key.equals("pos") || key.equals("entity") || key.equals("ner") || key.equals("rel")
                            ? alternative : alternative.toLowerCase(Locale.ROOT));
                }
            }
            return new Constraint(key, List.copyOf(new java.util.LinkedHashSet<>(exact)), List.copyOf(prefixes), null,
                    negated);
        }

        private String identifier() {
            int start = at;
            while (!atEnd() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            if (start == at) {
                throw error("expected a name");
            }
            return text.substring(start, at);
        }

        private String relationName() {
            int start = at;
            while (!atEnd() && (Character.isLetterOrDigit(text.charAt(at)) || ":_*|".indexOf(text.charAt(at)) >= 0)) {
                at++;
            }
            if (start == at) {
                throw error("expected a relation name after '>' or '<' (use * for any)");
            }
            return text.substring(start, at);
        }

        void skipSpace() {
            while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        boolean atEnd() {
            return at >= text.length();
        }

        private boolean peek(char c) {
            return !atEnd() && text.charAt(at) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("pattern '" + text + "' at " + at + ": " + message);
        }
    }

    /** Named word lists for tests and callers that have them as a map. */
    static Function<String, Set<String>> lists(Map<String, Set<String>> byName) {
        Map<String, Set<String>> copy = new LinkedHashMap<>(byName);
        return copy::get;
    }
}
