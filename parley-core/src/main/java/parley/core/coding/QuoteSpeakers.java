package parley.core.coding;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import parley.core.actors.ActorKind;
import parley.core.actors.ActorMatch;
import parley.model.ActorRef;
import parley.model.nlp.Dependency;
import parley.model.nlp.Sentence;

/**
 * Speakers that {@link ArticleActors} leaves unresolved because the article describes them
 * instead of naming them: "the analysts write" (the think tank named before), "the hostage
 * families' group said" (the actor named inside the phrase), "the announcement, posted on
 * Trump's platform, claimed" (who made it), and a private person the article introduces only by
 * name ("said Ghada, a displaced mother of five", coded by the people the paragraph is about).
 * Built per article, like {@link ArticleActors}.
 */
final class QuoteSpeakers {
    /** Staff of a think tank speaking for it. */
    private static final Set<String> THINK_TANK_NOUNS = Set.of("analysts", "analyst", "researchers", "researcher",
            "experts", "institute", "think", "tank");
    /** An NGO or civic group speaking as such. */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "organisation", "organization", "forum",
            "charity", "campaign", "campaigners", "coalition", "movement", "ngo", "association");
    /** The act of speaking made into the subject: whoever made it speaks. */
    private static final Set<String> STATEMENT_NOUNS = Set.of("announcement", "statement", "post", "message",
            "readout", "communique", "communiqué", "declaration", "tweet", "letter", "note", "release", "document");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "nmod:of", "appos");

    private final ArticleActors actors;
    private final String body;
    /** The last joint statement that spoke: what a later "the statement said" is. */
    private ActorRef lastJoint;

    /** The article's sentences: where a joint statement was first mentioned. */
    private final List<Sentence> sentences;
    private final List<QuoteExtractor.Span> quotes;

    QuoteSpeakers(ArticleActors actors, String body, List<Sentence> sentences) {
        this.actors = actors;
        this.body = body;
        this.sentences = List.copyOf(sentences);
        this.quotes = QuoteExtractor.spans(body);
    }

    /**
     * The speaker a subject the dictionary did not resolve stands for, or null: an actor named in
     * the subject's own phrase, the last think tank or group named before it, or a person the
     * article introduces only by name.
     */
    ActorRef described(SentenceGraph graph, int subject, QuoteExtractor.Span span, LocalDate day) {
        String lower = graph.lower(subject);
        // "the hostage families' group", "the institute's analysts": the actor inside the phrase.
        for (Dependency child : graph.children(subject)) {
            if (isModifier(child.relation()) && !QuoteExtractor.inside(graph, child.dependent(), span)) {
                List<ActorRef> refs = actors.resolve(graph, child.dependent(), day);
                if (!refs.isEmpty()) {
                    return refs.get(0);
                }
            }
        }
        int offset = graph.token(subject).begin();
        if (STATEMENT_NOUNS.contains(lower)) {
            ActorRef maker = inPhrase(graph, subject, span, day);
            return maker != null ? maker : lastNamed(offset, ActorKind.PERSON, day);
        }
        if (THINK_TANK_NOUNS.contains(lower)) {
            return lastNamed(offset, ActorKind.THINK_TANK, day);
        }
        if (GROUP_NOUNS.contains(lower)) {
            return lastNamed(offset, ActorKind.NGO, day);
        }
        if ("PERSON".equals(graph.token(subject).ner()) && graph.pos(subject).startsWith("NNP")
                && actors.matchAt(graph.token(subject)) == null) {
            return privatePerson(graph, subject, span, day);
        }
        return null;
    }

    /**
     * "the US-Ukraine joint statement said", "a joint communique": a statement several parties
     * issued speaks as itself, coded by the first party it names (FORMAT.md gold: "US-Ukraine joint
     * statement", USA); a later "the statement said" is the same statement. Null when the subject
     * is not a joint statement or names no party.
     */
    ActorRef joint(SentenceGraph graph, int subject, QuoteExtractor.Span span, LocalDate day) {
        if (!STATEMENT_NOUNS.contains(graph.lower(subject))) {
            return null;
        }
        if (!isJoint(graph, subject)) {
            // "the statement said", after a joint statement spoke or was mentioned: the same one,
            // unless it names its maker
            if (inPhrase(graph, subject, span, day) != null) {
                return null;
            }
            return lastJoint != null ? lastJoint : mentionedJoint(graph.token(subject).begin(), day);
        }
        BitSet phrase = graph.subtree(subject);
        int first = subject; // the name runs from the first modifier before the noun: "US-Ukraine joint statement"
        for (Dependency child : graph.children(subject)) {
            String relation = child.relation();
            if (child.dependent() < subject && (relation.equals("amod") || relation.equals("compound")
                    || relation.startsWith("nmod:poss")) && !QuoteExtractor.inside(graph, child.dependent(), span)) {
                first = Math.min(first, graph.subtree(child.dependent()).nextSetBit(0));
            }
        }
        int start = graph.token(first).begin();
        int end = graph.token(subject).end();
        int phraseEnd = end; // "a joint communique by France and Germany": the parties may follow
        for (int i = phrase.nextSetBit(subject); i >= 0; i = phrase.nextSetBit(i + 1)) {
            if (!QuoteExtractor.inside(graph, i, span)) {
                phraseEnd = Math.max(phraseEnd, graph.token(i).end());
            }
        }
        for (ActorMatch match : actors.matches()) {
            if (match.start() >= start && match.start() < phraseEnd && !QuoteExtractor.inside(match.start(), span)) {
                String code = day == null ? match.entry().code() : match.entry().codeOn(day);
                if (code != null) {
                    String text = body.substring(start, end);
                    lastJoint = new ActorRef(text, text, code, null);
                    return lastJoint;
                }
            }
        }
        return null;
    }

    /** Whether a word names a statement that can speak: "statement", "readout", "communique". */
    static boolean isStatement(String lower) {
        return STATEMENT_NOUNS.contains(lower);
    }

    /** "joint statement": "joint" as an adjective, or as the tagger's noun compound. */
    private static boolean isJoint(SentenceGraph graph, int statement) {
        for (Dependency child : graph.children(statement)) {
            if ((child.relation().equals("amod") || child.relation().equals("compound"))
                    && graph.lemma(child.dependent()).equals("joint")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last joint statement the article mentioned before an offset without quoting it ("...,
     * according to a joint statement from both governments. The statement described ..."), coded
     * by the first party of its sentence: the subject of the sentence when it names one, else the
     * first actor named. Null when no joint statement was mentioned or its sentence names no party.
     */
    private ActorRef mentionedJoint(int offset, LocalDate day) {
        for (int s = sentences.size() - 1; s >= 0; s--) {
            Sentence sentence = sentences.get(s);
            if (sentence.begin() >= offset) {
                continue;
            }
            SentenceGraph graph = actors.graph(sentence);
            for (int i = graph.size() - 1; i >= 0; i--) {
                if (graph.token(i).begin() >= offset || !STATEMENT_NOUNS.contains(graph.lower(i)) || !isJoint(graph, i)) {
                    continue;
                }
                ActorRef party = firstParty(graph, day);
                if (party == null) {
                    return null;
                }
                int first = i;
                for (Dependency child : graph.children(i)) {
                    if (child.dependent() < i && (child.relation().equals("amod") || child.relation().equals("compound"))) {
                        first = Math.min(first, child.dependent());
                    }
                }
                String text = body.substring(graph.token(first).begin(), graph.token(i).end());
                lastJoint = new ActorRef(text, text, party.code(), null);
                return lastJoint;
            }
        }
        return null;
    }

    /** The subject of a sentence's main verb when it names an actor, else the first actor it names. */
    private ActorRef firstParty(SentenceGraph graph, LocalDate day) {
        for (int i = 0; i < graph.size(); i++) {
            if (graph.relation(i).equals("root")) {
                for (int subject : graph.children(i, "nsubj")) {
                    List<ActorRef> refs = actors.resolve(graph, subject, day);
                    if (!refs.isEmpty() && refs.get(0).code() != null) {
                        return refs.get(0);
                    }
                }
            }
        }
        for (int i = 0; i < graph.size(); i++) {
            if (graph.pos(i).startsWith("NN") || graph.pos(i).startsWith("JJ")) {
                List<ActorRef> refs = actors.resolve(graph, i, day);
                if (!refs.isEmpty() && refs.get(0).code() != null) {
                    return refs.get(0);
                }
            }
        }
        return null;
    }

    private static boolean isModifier(String relation) {
        return MODIFIERS.contains(relation) || relation.startsWith("nmod:poss");
    }

    /** "The announcement, posted on Trump's platform": the first actor named in the phrase. */
    private ActorRef inPhrase(SentenceGraph graph, int head, QuoteExtractor.Span span, LocalDate day) {
        BitSet phrase = graph.subtree(head);
        for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
            if (i != head && !QuoteExtractor.inside(graph, i, span) && graph.pos(i).startsWith("NN")) {
                List<ActorRef> refs = actors.resolve(graph, i, day);
                if (!refs.isEmpty()) {
                    return refs.get(0);
                }
            }
        }
        return null;
    }

    /** The last actor of a kind named before an offset: what "the analysts" or "the group" refer to. */
    private ActorRef lastNamed(int offset, ActorKind kind, LocalDate day) {
        ActorMatch last = null;
        for (ActorMatch match : actors.matches()) {
            if (match.start() >= offset) {
                break;
            }
            if (match.entry().kind() == kind) {
                last = match;
            }
        }
        if (last == null) {
            return null;
        }
        String code = day == null ? last.entry().code() : last.entry().codeOn(day);
        return code == null ? null : new ActorRef(last.text(), last.entry().name(), code,
                day == null ? last.entry().sector() : last.entry().sectorOn(day));
    }

    /**
     * A person the article names without office or side: a civilian speaking for the people the
     * story is about. The side comes from the person's own phrase ("a Palestinian mother"), else
     * from the nearest state or people named before, in the same or the previous paragraph.
     */
    private ActorRef privatePerson(SentenceGraph graph, int person, QuoteExtractor.Span span, LocalDate day) {
        String name = personName(graph, person);
        String side = sideInPhrase(graph, person, span, day);
        for (int s = sentences.size() - 1; side == null && s >= 0; s--) {
            // "The EU's High Representative Josep Borrell said ..." then "Borrell wrote": the side
            // the person was introduced with
            Sentence sentence = sentences.get(s);
            if (sentence.begin() >= graph.sentence().begin()) {
                continue;
            }
            SentenceGraph earlier = actors.graph(sentence);
            for (int i = 0; i < earlier.size() && side == null; i++) {
                if (earlier.word(i).equals(graph.word(person)) && "PERSON".equals(earlier.token(i).ner())) {
                    side = sideInPhrase(earlier, i, null, day);
                }
            }
        }
        if (side != null) {
            return new ActorRef(name, name, side, null);
        }
        int from = previousParagraphStart(Math.min(span.start(), graph.token(person).begin()));
        ActorMatch nearest = null;
        for (ActorMatch match : actors.matches()) {
            if (match.start() >= span.start() - 1 || match.start() >= graph.token(person).begin()) {
                break;
            }
            if (match.start() >= from && match.entry().kind() == ActorKind.STATE && !quoted(match.start())) {
                nearest = match; // not a state the speaker's own earlier words named
            }
        }
        return nearest == null ? null : new ActorRef(name, name, nearest.entry().code(), null);
    }

    /**
     * The side a person's own phrase names, outside the quote: a state first ("a Palestinian
     * mother"), else any other actor ("the RDF spokesperson", "the EU's High Representative");
     * the phrase runs from the top of the name's compound chain, with its appositions.
     */
    private String sideInPhrase(SentenceGraph graph, int person, QuoteExtractor.Span span, LocalDate day) {
        int top = person;
        while ((graph.relation(top).equals("compound") || graph.relation(top).equals("appos")
                || graph.relation(top).equals("dep")) && graph.head(top) >= 0 && graph.pos(graph.head(top)).startsWith("NN")) {
            top = graph.head(top); // "The EU's High Representative ... Josep Borrell", which the parser hangs by "dep"
        }
        BitSet phrase = graph.subtree(top);
        String other = null;
        for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
            if (i == person || span != null && QuoteExtractor.inside(graph, i, span)) {
                continue;
            }
            for (ActorMatch match : actors.matchesIn(graph.token(i))) {
                if (match.entry().kind() == ActorKind.PERSON) {
                    continue;
                }
                String code = day == null ? match.entry().code() : match.entry().codeOn(day);
                if (code == null) {
                    continue;
                }
                if (match.entry().kind() == ActorKind.STATE) {
                    return code;
                }
                if (other == null) {
                    other = code;
                }
            }
        }
        return other;
    }

    private boolean quoted(int offset) {
        return QuoteExtractor.Span.covers(quotes, offset);
    }

    private int previousParagraphStart(int offset) {
        int start = body.lastIndexOf('\n', Math.max(0, offset - 1));
        // Skip blank lines between paragraphs, then go back to the start of the paragraph before.
        int cursor = start;
        while (cursor > 0 && Character.isWhitespace(body.charAt(cursor - 1))) {
            cursor--;
        }
        return cursor <= 0 ? 0 : body.lastIndexOf('\n', cursor - 1) + 1;
    }

    private static String personName(SentenceGraph graph, int head) {
        StringBuilder name = new StringBuilder();
        for (int child : graph.children(head, "compound")) {
            if (child < head && "PERSON".equals(graph.token(child).ner())) {
                name.append(graph.word(child)).append(' ');
            }
        }
        return name.append(graph.word(head)).toString();
    }

    /**
     * An organisation's abbreviation as the article writes it when the article never uses the
     * canonical name: a report "via AFP" is quoted as AFP, not as Agence France-Presse. People and
     * states keep their canonical names, and so does a group the article only describes ("the
     * hostage families' group" is the Hostages and Missing Families Forum).
     */
    ActorRef asWritten(ActorRef speaker) {
        if (speaker.name() == null || body.contains(speaker.name())) {
            return speaker;
        }
        for (ActorMatch match : actors.matches()) {
            ActorKind kind = match.entry().kind();
            boolean organisation = kind == ActorKind.MEDIA || kind == ActorKind.THINK_TANK || kind == ActorKind.NGO
                    || kind == ActorKind.IGO;
            if (organisation && isAbbreviation(match.text()) && match.entry().name().equals(speaker.name())
                    && match.entry().code().equals(speaker.code())) {
                return new ActorRef(speaker.text(), match.text(), speaker.code(), speaker.sector());
            }
        }
        return speaker;
    }

    /** "AFP", "ISW", "UN": two or more letters, all capitals. */
    static boolean isAbbreviation(String text) {
        if (text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
