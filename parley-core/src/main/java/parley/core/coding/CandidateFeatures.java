package parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import parley.model.ActorRef;

/**
 * What the learned filter sees of an act the rules found: its trigger and rules, the shape of its
 * clause, how its participants were found, its modality, date and issues, as binary features named
 * {@code key=value}. Written so that a feature means the same on any article: no article ids, no
 * offsets, no dates.
 */
final class CandidateFeatures {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "him", "her", "them",
            "us", "his", "its", "their", "our");

    private CandidateFeatures() {
    }

    static List<String> of(Candidate c, int sentencePosition) {
        SentenceGraph graph = c.graph;
        int t = c.t();
        List<String> features = new ArrayList<>();
        String type = c.type.name();
        String lemma = graph.lemma(t);
        features.add("type=" + type);
        features.add("rule=" + c.trigger.name());
        features.add("pattern=" + c.trigger.pattern().name());
        features.add("type+lemma=" + type + "|" + lemma);
        if (c.type != c.act().type()) {
            features.add("retyped=" + c.act().type() + ">" + type);
        }
        List<String> rules = c.rules();
        for (int i = 1; i < rules.size(); i++) {
            features.add("fired=" + rules.get(i));
            features.add("type+fired=" + type + "|" + rules.get(i));
        }
        features.add("pos=" + graph.pos(t));
        String relation = graph.relation(t);
        features.add("rel=" + relation);
        features.add("type+rel=" + type + "|" + relation);
        int head = graph.head(t);
        if (head >= 0) {
            features.add("head=" + graph.lemma(head));
            features.add("type+head=" + type + "|" + graph.lemma(head));
        }
        for (int object : graph.children(t, "obj")) {
            features.add("type+obj=" + type + "|" + graph.lemma(object));
        }
        for (var child : graph.children(t)) {
            String r = child.relation();
            if (r.equals("aux") || r.equals("mark") || r.equals("advmod") || r.startsWith("xcomp") || r.startsWith("ccomp")) {
                features.add("child=" + r + "|" + (r.startsWith("xcomp") || r.startsWith("ccomp")
                        ? graph.pos(child.dependent()) : graph.lemma(child.dependent())));
            }
        }
        features.add("aux=" + (c.aux == null ? "none" : c.aux.id()));
        features.add("future=" + c.future);
        actors(features, "actor", c.actor, c);
        actors(features, "recipient", List.copyOf(c.recipients.values()), c);
        features.add("type+recipients=" + type + "|" + (c.recipients.isEmpty() ? 0 : 1));
        features.add("issues=" + Math.min(c.issues.size(), 2));
        for (String issue : c.issues) {
            features.add("issue=" + issue);
            features.add("type+issue=" + type + "|" + issue);
        }
        features.add("date=" + (c.dateMention != null ? "own" : c.date != null ? "context" : "none"));
        features.add("sentence=" + Math.min(sentencePosition, 3));
        features.add("quoted=" + quoted(c));
        features.add("length=" + Math.min(graph.size() / 15, 4));
        return features;
    }

    private static void actors(List<String> features, String role, List<ActorRef> refs, Candidate c) {
        features.add(role + ".n=" + Math.min(refs.size(), 3));
        List<String> parties = c.actors.mainParties();
        for (ActorRef ref : refs) {
            features.add(role + ".sector=" + (ref.sector() == null ? "none" : ref.sector()));
            features.add(role + ".party=" + parties.contains(ref.code()));
            String text = ref.text() == null ? "" : ref.text().toLowerCase(Locale.ROOT);
            features.add(role + ".form=" + (text.isEmpty() ? "implied" : PRONOUNS.contains(text) ? "pronoun"
                    : ref.name() == null ? "description" : "name"));
        }
    }

    /** Whether the trigger stands inside quotation marks in its sentence. */
    private static boolean quoted(Candidate c) {
        int offset = c.graph.token(c.t()).begin() - c.graph.sentence().begin();
        int marks = 0;
        String text = c.sentenceText;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\u201c' || ch == '\u201d') {
                marks++;
            }
        }
        return marks % 2 == 1;
    }
}
