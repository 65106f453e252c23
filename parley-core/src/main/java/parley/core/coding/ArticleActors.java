package parley.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parley.core.actors.ActorDictionary;
import parley.core.actors.ActorEntry;
import parley.core.actors.ActorKind;
import parley.core.actors.ActorMatch;
import parley.core.actors.MentionForm;
import parley.core.actors.ResolvedActor;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.Quote;
import parley.model.nlp.AnnotatedText;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

/**
 * The actors of one article: dictionary mentions mapped onto tokens, people the article itself
 * introduces ("Ukraine's Deputy Foreign Minister Sergiy Kyslytsya" makes "Kyslytsya" Ukrainian
 * for the rest of the article), and pronouns resolved to the last compatible actor before them.
 * Built per article; not shared between threads.
 */
final class ArticleActors {
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "compound", "nmod:poss", "nmod:of",
            "nmod:from", "nmod:for", "appos", "nmod");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
    private static final Set<String> FIRST_PERSON = Set.of("we", "us", "our", "i", "me", "my");
    /** Titles that, with "the" and nothing else, point back to the person last named. */
    private static final Set<String> TITLES = Set.of("president", "minister", "premier", "chancellor", "envoy",
            "spokesman", "spokeswoman", "spokesperson", "secretary", "diplomat", "negotiator", "king", "emir");
    private static final Set<String> STATEMENTS = Set.of("statement", "readout", "communique", "communiqué",
            "declaration", "message");
    private static final Set<String> MEDIA_NOUNS = Set.of("agency", "outlet", "resource", "newspaper", "publication",
            "broadcaster", "channel", "media");
    /** Nouns that, with "the" and nothing else, point back to the body of that kind last named. */
    private static final Map<String, Set<ActorKind>> BODIES = Map.ofEntries(
            Map.entry("group", Set.of(ActorKind.ARMED_GROUP, ActorKind.NGO, ActorKind.THINK_TANK)),
            Map.entry("movement", Set.of(ActorKind.ARMED_GROUP)),
            Map.entry("militia", Set.of(ActorKind.ARMED_GROUP)),
            Map.entry("rebels", Set.of(ActorKind.ARMED_GROUP)),
            Map.entry("paramilitaries", Set.of(ActorKind.ARMED_GROUP)),
            Map.entry("agency", Set.of(ActorKind.IGO, ActorKind.MEDIA)),
            Map.entry("alliance", Set.of(ActorKind.IGO, ActorKind.ARMED_GROUP)),
            Map.entry("bloc", Set.of(ActorKind.IGO)),
            Map.entry("council", Set.of(ActorKind.IGO)),
            Map.entry("organisation", Set.of(ActorKind.IGO, ActorKind.NGO, ActorKind.ARMED_GROUP)),
            Map.entry("government", Set.of(ActorKind.STATE, ActorKind.STATE_BODY)),
            Map.entry("cabinet", Set.of(ActorKind.STATE, ActorKind.STATE_BODY)),
            Map.entry("party", Set.of(ActorKind.PARTY)));
    /**
     * Relations whose words belong to a noun phrase as the description grammar reads it: "the
     * German foreign minister", "Iranian protesters in Tehran", "the head of the Israeli army".
     */
    private static final Set<String> PHRASE_RELATIONS = Set.of("det", "det:predet", "amod", "compound", "nmod:poss",
            "case", "nummod", "flat", "fixed", "nmod:of", "nmod:for", "nmod:from", "nmod:in", "nmod:at");
    private static final Set<String> BOTH_SIDES = Set.of("sides", "parties", "countries", "nations", "neighbours",
            "neighbors", "leaders", "delegations");

    private final ActorDictionary dictionary;
    private final CodingLexicon lexicon;
    private final LocalDate published;
    private final List<ActorMatch> matches;
    private final Map<String, ActorRef> introduced = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Integer> codeCounts = new LinkedHashMap<>();
    /** The article's quotes: "we" and "I" inside one are its speaker. */
    private List<Quote> quotes = List.of();
    private final Map<String, Optional<ResolvedActor>> descriptions = new HashMap<>();

    /** An actor mentioned at an offset: what pronouns look back to. */
    private record Mention(int offset, ActorRef ref, boolean person, boolean group, boolean media, ActorKind kind,
                           int sentence, boolean subject) {
        Mention(int offset, ActorRef ref, boolean person, boolean group, int sentence, boolean subject) {
            this(offset, ref, person, group, false, ActorKind.PERSON, sentence, subject);
        }
    }

    /** Whether the token heads, or is a name part of, a subject: "US President Donald Trump said". */
    private static boolean isSubject(SentenceGraph graph, int index) {
        int head = index;
        while (graph.relation(head).equals("compound") && graph.head(head) >= 0) {
            head = graph.head(head);
        }
        return graph.relation(head).startsWith("nsubj");
    }

    ArticleActors(ActorDictionary dictionary, CodingLexicon lexicon, Article article, AnnotatedText text,
                  String maskedText) {
        this.dictionary = dictionary;
        this.lexicon = lexicon;
        this.published = article.published();
        this.matches = dictionary.find(maskedText);
        for (Sentence sentence : text.sentences()) {
            SentenceGraph graph = graph(sentence);
            for (int i = 0; i < graph.size(); i++) {
                learn(graph, i);
            }
        }
    }

    /** The sentence's graph, each token marked with the class of the dictionary entry it names. */
    SentenceGraph graph(Sentence sentence) {
        String[] entities = new String[sentence.tokens().size()];
        for (int i = 0; i < entities.length; i++) {
            ActorMatch match = matchAt(sentence.tokens().get(i));
            if (match != null) {
                entities[i] = switch (match.entry().kind()) {
                    case STATE -> match.form() == MentionForm.ADJECTIVE ? "NATIONALITY" : "COUNTRY";
                    case PERSON -> "PERSON";
                    default -> "ORGANIZATION";
                };
            }
        }
        return new SentenceGraph(sentence, entities);
    }

    /** Tells the resolver the article's quotes, so that "we", "our" and "I" inside one resolve to its speaker. */
    void quotes(List<Quote> articleQuotes) {
        this.quotes = List.copyOf(articleQuotes);
    }

    /** The speaker of the quote around {@code offset}, or null. */
    ActorRef speakerAt(int offset) {
        for (Quote quote : quotes) {
            if (quote.start() <= offset && offset < quote.end() && quote.speakerCode() != null) {
                return new ActorRef(null, quote.speaker(), quote.speakerCode(), null);
            }
        }
        return null;
    }

    /**
     * The state of the place a proper noun (with its compounds) names: "Kherson", "the Gaza Strip",
     * "Crimea"; null when it names no place the dictionary knows.
     */
    String stateOfPlace(SentenceGraph graph, int head) {
        if (!graph.pos(head).startsWith("NNP")) {
            return null;
        }
        int from = head;
        for (int child : graph.children(head, "compound")) {
            if (child < from && graph.pos(child).startsWith("NNP")) {
                from = child;
            }
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i <= head; i++) {
            phrase.append(i > from ? " " : "").append(graph.word(i));
        }
        return dictionary.stateOfPlace(phrase.toString());
    }

    /** The dictionary matches in the article's text, in text order. */
    List<ActorMatch> matches() {
        return matches;
    }

    /** The state and group codes most mentioned in the article: its likely parties. */
    List<String> mainParties() {
        return codeCounts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(2).map(Map.Entry::getKey).toList();
    }

    /** Whether any dictionary match covers part of the token. */
    ActorMatch matchAt(Token token) {
        for (ActorMatch match : matches) {
            if (match.start() < token.end() && match.end() > token.begin()) {
                return match;
            }
            if (match.start() >= token.end()) {
                break;
            }
        }
        return null;
    }

    /** All dictionary matches inside the token (a hyphenated "Ukrainian-Russian" holds two). */
    List<ActorMatch> matchesIn(Token token) {
        List<ActorMatch> found = new ArrayList<>();
        for (ActorMatch match : matches) {
            if (match.start() < token.end() && match.end() > token.begin()) {
                found.add(match);
            }
            if (match.start() >= token.end()) {
                break;
            }
        }
        return found;
    }

    /**
     * The actors of the noun phrase headed by {@code head}, with its conjuncts ("the US, Ukraine
     * and Europe"), coded as of {@code date}.
     */
    List<ActorRef> resolve(SentenceGraph graph, int head, LocalDate date) {
        Map<String, ActorRef> found = new LinkedHashMap<>();
        List<Integer> heads = new ArrayList<>();
        heads.add(head);
        heads.addAll(graph.children(head, "conj"));
        for (int h : heads) {
            List<ActorRef> refs = new ArrayList<>(resolveOne(graph, h, date, 0));
            if (refs.isEmpty()) {
                // "many countries, including Poland", "the international community, including the
                // United States, China and the UN": a group the dictionary cannot code acts through
                // the members it names
                for (int member : graph.children(h, "nmod:including")) {
                    List<Integer> members = new ArrayList<>(List.of(member));
                    members.addAll(graph.children(member, "conj"));
                    members.forEach(m -> refs.addAll(resolveOne(graph, m, date, 0)));
                }
            }
            for (ActorRef ref : refs) {
                found.putIfAbsent(ref.code(), ref);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The sector of a description that names no state or body ("police", "security forces",
     * "protesters"), or null when it names one or is no description.
     */
    String statelessSector(SentenceGraph graph, int head, LocalDate date) {
        if (!matchesIn(graph.token(head)).isEmpty()) {
            return null;
        }
        ResolvedActor described = describe(graph, head, date);
        return described != null && !described.hasCode() ? described.sector() : null;
    }

    /**
     * The side an adjective names when the thing it describes is aimed at: "striking Iranian
     * nuclear facilities", "rejected the Ukrainian proposal". Not an actor of its own: "Iranian
     * facilities" never act.
     */
    List<ActorRef> owner(SentenceGraph graph, int adjective, LocalDate date) {
        // "a Russian drone strike": CoreNLP may attach the adjective as a compound
        if (!graph.pos(adjective).startsWith("JJ") || !Set.of("amod", "compound").contains(graph.relation(adjective))) {
            return List.of();
        }
        List<ActorRef> refs = new ArrayList<>();
        for (ActorMatch match : matchesIn(graph.token(adjective))) {
            ActorRef ref = ref(match, date);
            if (ref != null) {
                refs.add(ref);
            }
        }
        return refs;
    }

    private List<ActorRef> resolveOne(SentenceGraph graph, int head, LocalDate date, int depth) {
        Token token = graph.token(head);
        String lower = token.word().toLowerCase(Locale.ROOT);
        List<ActorMatch> inToken = matchesIn(token);
        if (!inToken.isEmpty()) {
            List<ActorRef> refs = new ArrayList<>();
            for (ActorMatch match : inToken) {
                boolean nounUse = match.form() == MentionForm.NAME || graph.pos(head).startsWith("NN") || depth > 0;
                if (nounUse || inToken.size() > 1) {
                    ActorRef ref = ref(match, date);
                    if (ref != null) {
                        refs.add(ref);
                    }
                }
            }
            if (!refs.isEmpty()) {
                return refs;
            }
        }
        ActorRef person = introduced.get(lower);
        if (person != null && graph.pos(head).startsWith("NNP")) {
            return List.of(new ActorRef(token.word(), person.name(), person.code(), person.sector()));
        }
        if (FIRST_PERSON.contains(lower)) {
            ActorRef speaker = speakerAt(token.begin()); // "'We are ready,' Hamas said": Hamas
            return speaker == null ? List.of()
                    : List.of(new ActorRef(token.word(), speaker.name(), speaker.code(), speaker.sector()));
        }
        if (PERSON_PRONOUNS.contains(lower) || THING_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower)) {
            return pronoun(lower, token.begin(), graph.sentence().begin());
        }
        if (TITLES.contains(lower) && graph.hasChild(head, "det", "the") && !hasActorModifier(graph, head, date)) {
            // "the minister said": the last person named before this sentence ("Putin refused
            // during a call with the president" is not Putin)
            return pronoun("he", graph.sentence().begin(), graph.sentence().begin());
        }
        if (STATEMENTS.contains(lower) && graph.hasChild(head, "det", "the")) {
            return pronoun("it", token.begin(), graph.sentence().begin()); // "the statement said": whoever issued it
        }
        boolean bare = graph.children(head, "compound").isEmpty() && graph.children(head, "amod").isEmpty()
                && graph.children(head, "nmod:poss").isEmpty(); // not "the Guardian Council"
        Set<ActorKind> kinds = graph.hasChild(head, "det", "the") && bare ? BODIES.get(lower) : null;
        if (kinds != null) {
            List<ActorRef> body = lastOfKind(token.begin(), kinds); // "the group said": the armed group last named
            if (!body.isEmpty()) {
                return body;
            }
        }
        if (MEDIA_NOUNS.contains(lower)) {
            return lastMedia(token.begin());
        }
        // The description grammar the dictionary applies to every mention: "the German foreign
        // minister", "Iranian protesters", "a US destroyer", "the head of the Israeli army".
        ResolvedActor described = describe(graph, head, date);
        boolean agent = lexicon.isAgentNoun(lower) || "PERSON".equals(token.ner())
                || "ORGANIZATION".equals(token.ner()) || described != null;
        if (BOTH_SIDES.contains(lower) && (graph.hasChild(head, "nummod", "two") || graph.hasChild(head, "det", "both")
                || graph.hasChild(head, "det:predet", "both") || graph.hasChild(head, "amod", "warring")
                || graph.hasChild(head, "amod", "rival") || graph.hasChild(head, "amod", "opposing"))) {
            List<ActorRef> parties = new ArrayList<>();
            for (String code : mainParties()) {
                parties.add(new ActorRef(token.word(), null, code, null));
            }
            return parties;
        }
        if (!agent || depth > 1) {
            return describedRef(described);
        }
        // "US secretary of state Marco Rubio", "the head of the delegation, Vladimir Medinsky": the
        // person named in the phrase is the actor, with their own code.
        for (var dependency : graph.children(head)) {
            int child = dependency.dependent();
            if (graph.head(child) == head && isPerson(graph, child)) {
                List<ActorRef> named = resolveOne(graph, child, date, depth + 1);
                if (!named.isEmpty()) {
                    return named;
                }
            }
        }
        List<ActorRef> owners = owners(graph, head, date, depth);
        if (owners.isEmpty() || described == null) {
            return owners.isEmpty() ? describedRef(described) : owners;
        }
        // The owners the parse gives (both in "U.S. and Russian officials", "his" in "his
        // spokesman"), with what the description adds: the role's sector, the office holder.
        List<ActorRef> refs = new ArrayList<>();
        for (ActorRef owner : owners) {
            if (described.hasCode() && owner.code().equals(described.country()) && !owner.code().equals(described.code())) {
                // "Venezuela's opposition", "Lebanon's Hezbollah": a body of the owner's country with a code of its own
                refs.add(new ActorRef(owner.text(), described.name(), described.code(), described.sector()));
            } else if (owner.code().equals(described.code())) {
                String name = described.name() != null ? described.name() : owner.name();
                refs.add(new ActorRef(owner.text(), name, owner.code(), described.sector()));
            } else {
                refs.add(new ActorRef(owner.text(), owner.name(), owner.code(),
                        described.sector() != null ? described.sector() : owner.sector()));
            }
        }
        return refs;
    }

    /**
     * The description as an actor when it names its state or body. A description of no one state
     * ("protesters", "riot police") is left to the coder's other rules: taking the article's
     * state for it was measured and coded more wrong events than right ones.
     */
    private static List<ActorRef> describedRef(ResolvedActor described) {
        if (described == null || !described.hasCode()) {
            return List.of();
        }
        return List.of(new ActorRef(described.text(), described.name(), described.code(), described.sector()));
    }

    /** The actors the modifiers of {@code head} name: "Russian" in "Russian officials", "his" in "his aide". */
    private List<ActorRef> owners(SentenceGraph graph, int head, LocalDate date, int depth) {
        List<ActorRef> refs = new ArrayList<>();
        for (var dependency : graph.children(head)) {
            String relation = dependency.relation();
            boolean modifier = MODIFIER_RELATIONS.contains(relation) || relation.startsWith("nmod:");
            if (!modifier || relation.startsWith("nmod:in") || relation.startsWith("nmod:at")) {
                continue;
            }
            int child = dependency.dependent();
            List<ActorRef> childRefs = new ArrayList<>(resolveOne(graph, child, date, depth + 1));
            if (!childRefs.isEmpty()) {
                for (int conjunct : graph.children(child, "conj")) {
                    childRefs.addAll(resolveOne(graph, conjunct, date, depth + 1));
                }
            }
            for (ActorRef ref : childRefs) {
                refs.add(new ActorRef(phrase(graph, head), ref.name() != null && isPersonToken(graph, head) ? null : ref.name(),
                        ref.code(), ref.sector()));
            }
            if (!refs.isEmpty()) {
                break;
            }
        }
        return refs;
    }

    /**
     * What the noun phrase headed by {@code head} describes, read by the dictionary's description
     * grammar (the one behind {@code actors resolve}); null when its words name no role and no
     * actor. Remembered per phrase and day.
     */
    private ResolvedActor describe(SentenceGraph graph, int head, LocalDate date) {
        if (!graph.pos(head).startsWith("NN")) {
            return null;
        }
        BitSet words = new BitSet(graph.size());
        collectPhrase(graph, head, words, 0);
        StringBuilder text = new StringBuilder();
        for (int i = words.nextSetBit(0); i >= 0; i = words.nextSetBit(i + 1)) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(graph.word(i));
        }
        LocalDate day = date != null ? date : published;
        String phrase = text.toString();
        return descriptions.computeIfAbsent(phrase + "@" + day, key -> dictionary.resolve(phrase, day)).orElse(null);
    }

    private static void collectPhrase(SentenceGraph graph, int index, BitSet words, int depth) {
        words.set(index);
        if (depth > 3) {
            return;
        }
        for (var dependency : graph.children(index)) {
            int child = dependency.dependent();
            if (graph.head(child) == index && PHRASE_RELATIONS.contains(dependency.relation()) && !words.get(child)) {
                collectPhrase(graph, child, words, depth + 1);
            }
        }
    }

    private boolean isPerson(SentenceGraph graph, int index) {
        Token token = graph.token(index);
        ActorMatch match = matchAt(token);
        if (match != null) {
            return match.entry().kind() == ActorKind.PERSON;
        }
        return "PERSON".equals(token.ner()) && introduced.containsKey(token.word().toLowerCase(Locale.ROOT));
    }

    private static boolean isPersonToken(SentenceGraph graph, int index) {
        return "PERSON".equals(graph.token(index).ner());
    }

    private boolean hasActorModifier(SentenceGraph graph, int head, LocalDate date) {
        for (var dependency : graph.children(head)) {
            String relation = dependency.relation();
            if ((relation.equals("amod") || relation.equals("compound") || relation.startsWith("nmod"))
                    && !resolveOne(graph, dependency.dependent(), date, 2).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private List<ActorRef> lastOfKind(int offset, Set<ActorKind> kinds) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            if (mention.offset() < offset && kinds.contains(mention.kind())) {
                return List.of(mention.ref());
            }
        }
        return List.of();
    }

    private List<ActorRef> lastMedia(int offset) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            if (mention.offset() < offset && mention.media()) {
                return List.of(mention.ref());
            }
        }
        return List.of();
    }

    /**
     * The actor a pronoun looks back to: the last compatible one named before it. A person
     * pronoun that looks back into an earlier sentence takes that sentence's subject when one
     * fits ("Putin thanked U.S. President Donald Trump. He also thanked ..." is Putin).
     */
    private List<ActorRef> pronoun(String lower, int offset, int sentenceBegin) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention mention = mentions.get(i);
            if (mention.offset() >= offset) {
                continue;
            }
            boolean fits = PERSON_PRONOUNS.contains(lower) ? mention.person()
                    : GROUP_PRONOUNS.contains(lower) ? !mention.person() : !mention.person() && !mention.group();
            if (!fits) {
                continue;
            }
            if (PERSON_PRONOUNS.contains(lower) && mention.sentence() < sentenceBegin && !mention.subject()) {
                for (Mention earlier : mentions) {
                    if (earlier.sentence() == mention.sentence() && earlier.offset() < mention.offset()
                            && earlier.person() && earlier.subject()) {
                        mention = earlier;
                        break;
                    }
                }
            }
            return List.of(new ActorRef(lower, mention.ref().name(), mention.ref().code(), mention.ref().sector()));
        }
        return List.of();
    }

    /** Pre-pass: remember people introduced by title or apposition, and every mention's offset. */
    private void learn(SentenceGraph graph, int index) {
        Token token = graph.token(index);
        ActorMatch match = matchAt(token);
        if (match != null && match.end() <= token.end() && match.form() == MentionForm.NAME) {
            ActorRef ref = ref(match, published);
            if (ref != null) {
                boolean person = match.entry().kind() == ActorKind.PERSON;
                mentions.add(new Mention(match.start(), ref, person, graph.pos(index).endsWith("S"),
                        match.entry().kind() == ActorKind.MEDIA, match.entry().kind(), graph.sentence().begin(),
                        isSubject(graph, index)));
                if (person) {
                    String surname = lastWord(match.entry().name());
                    introduced.putIfAbsent(surname, ref);
                }
                count(match.entry(), ref.code());
            }
            return;
        }
        if (match != null && match.form() == MentionForm.ADJECTIVE) {
            count(match.entry(), match.entry().code());
        }
        if (!"PERSON".equals(token.ner()) || match != null || !graph.pos(index).startsWith("NNP")) {
            return;
        }
        // An unknown person heading a noun phrase: "Ukraine's Deputy Foreign Minister Sergiy
        // Kyslytsya", "Russian negotiator Vladimir Medinsky", "the head of the delegation, X".
        if (graph.relation(index).equals("compound")) {
            return;
        }
        List<ActorRef> side = new ArrayList<>();
        for (var dependency : graph.children(index)) {
            if (MODIFIER_RELATIONS.contains(dependency.relation()) || dependency.relation().startsWith("nmod:poss")) {
                side.addAll(resolveOne(graph, dependency.dependent(), published, 1));
            }
        }
        if (side.isEmpty() && graph.relation(index).equals("appos")) {
            side.addAll(resolveOne(graph, graph.head(index), published, 0));
        }
        String surname = token.word().toLowerCase(Locale.ROOT);
        if (!side.isEmpty()) {
            ActorRef first = side.get(0);
            ActorRef ref = new ActorRef(token.word(), personName(graph, index), first.code(), first.sector());
            introduced.putIfAbsent(surname, ref);
            mentions.add(new Mention(token.begin(), ref, true, false, graph.sentence().begin(), isSubject(graph, index)));
        } else if (introduced.containsKey(surname)) {
            mentions.add(new Mention(token.begin(), introduced.get(surname), true, false, graph.sentence().begin(),
                    isSubject(graph, index)));
        }
    }

    private void count(ActorEntry entry, String code) {
        if (code != null && (entry.kind() == ActorKind.STATE || entry.kind() == ActorKind.ARMED_GROUP
                || entry.kind() == ActorKind.PERSON || entry.kind() == ActorKind.STATE_BODY)) {
            codeCounts.merge(code, 1, Integer::sum);
        }
    }

    private ActorRef ref(ActorMatch match, LocalDate date) {
        ActorEntry entry = match.entry();
        String code = entry.codeOn(date != null ? date : published);
        if (code == null) {
            return null;
        }
        return new ActorRef(match.text(), entry.name(), code, entry.sectorOn(date != null ? date : published));
    }

    private static String personName(SentenceGraph graph, int head) {
        StringBuilder name = new StringBuilder();
        for (int child : graph.children(head, "compound")) {
            if ("PERSON".equals(graph.token(child).ner())) {
                name.append(graph.word(child)).append(' ');
            }
        }
        return name.append(graph.word(head)).toString();
    }

    private static String phrase(SentenceGraph graph, int head) {
        int from = head;
        for (var dependency : graph.children(head)) {
            String relation = dependency.relation();
            if ((relation.equals("det") || relation.equals("amod") || relation.equals("compound")
                    || relation.equals("nmod:poss")) && dependency.dependent() < from) {
                from = dependency.dependent();
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= head; i++) {
            if (i > from) {
                text.append(' ');
            }
            text.append(graph.word(i));
        }
        return text.toString();
    }

    private static String lastWord(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }
}
