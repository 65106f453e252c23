package parley.core.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import parley.model.nlp.Dependency;
import parley.model.nlp.Sentence;
import parley.model.nlp.Token;

/**
 * Navigation over one sentence's dependency graph: heads, children by relation, subtrees; and what
 * each token names ({@link #entity(int)}).
 */
final class SentenceGraph {
    private final Sentence sentence;
    private final String[] entities;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;

    SentenceGraph(Sentence sentence) {
        this(sentence, null);
    }

    /**
     * @param entities per token, the class the actor dictionary gives it ({@code COUNTRY},
     *                 {@code NATIONALITY}, {@code ORGANIZATION}, {@code PERSON}), or null where
     *                 it names no entry; null for none at all
     */
    SentenceGraph(Sentence sentence, String[] entities) {
        this.sentence = sentence;
        this.entities = entities;
        int size = sentence.tokens().size();
        children = new ArrayList<>(size);
        parents = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            children.add(new ArrayList<>());
            parents.add(new ArrayList<>());
        }
        for (Dependency dependency : sentence.dependencies()) {
            if (dependency.dependent() < 0 || dependency.dependent() >= size) {
                continue;
            }
            parents.get(dependency.dependent()).add(dependency);
            if (dependency.governor() >= 0 && dependency.governor() < size) {
                children.get(dependency.governor()).add(dependency);
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return sentence.tokens().size();
    }

    Token token(int index) {
        return sentence.tokens().get(index);
    }

    String lemma(int index) {
        Token token = token(index);
        String lemma = token.lemma() != null ? token.lemma() : token.word();
        return lemma.toLowerCase(Locale.ROOT);
    }

    String word(int index) {
        return token(index).word();
    }

    String lower(int index) {
        return token(index).word().toLowerCase(Locale.ROOT);
    }

    String pos(int index) {
        return token(index).pos() == null ? "" : token(index).pos();
    }

    /** The statistical named-entity tag ("PERSON", "LOCATION", "O"), or "" when the annotator gives none. */
    String ner(int index) {
        return token(index).ner() == null ? "" : token(index).ner();
    }

    /**
     * What the token names: the actor dictionary's class where an entry covers it ("Russia" is
     * {@code COUNTRY}, "Russian" {@code NATIONALITY}, "Hamas" {@code ORGANIZATION}), else the
     * statistical tag ("Bukavu" is {@code LOCATION}).
     */
    String entity(int index) {
        String known = entities == null ? null : entities[index];
        return known != null ? known : ner(index);
    }

    List<Dependency> children(int index) {
        return children.get(index);
    }

    List<Dependency> parents(int index) {
        return parents.get(index);
    }

    /** Children whose relation equals {@code relation} or starts with {@code relation + ":"}. */
    List<Integer> children(int index, String relation) {
        List<Integer> found = new ArrayList<>();
        for (Dependency dependency : children.get(index)) {
            if (matches(dependency.relation(), relation)) {
                found.add(dependency.dependent());
            }
        }
        return found;
    }

    /** The head of a token along its first (basic) dependency, or -1 for the root. */
    int head(int index) {
        List<Dependency> heads = parents.get(index);
        return heads.isEmpty() ? -1 : heads.get(0).governor();
    }

    /** The relation of a token to its first head, or "root". */
    String relation(int index) {
        List<Dependency> heads = parents.get(index);
        return heads.isEmpty() ? "root" : heads.get(0).relation();
    }

    boolean hasChild(int index, String relation, String lemma) {
        for (int child : children(index, relation)) {
            if (lemma(child).equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens below {@code index} following only the first-head edges (a tree), so that
     * enhanced extra edges do not make every clause part of every other.
     */
    BitSet subtree(int index) {
        BitSet seen = new BitSet(size());
        collect(index, seen);
        return seen;
    }

    private void collect(int index, BitSet seen) {
        if (seen.get(index)) {
            return;
        }
        seen.set(index);
        for (Dependency dependency : children.get(index)) {
            int child = dependency.dependent();
            if (head(child) == index) {
                collect(child, seen);
            }
        }
    }

    /** Character range in the article text covered by a set of tokens. */
    int begin(BitSet tokens) {
        return token(tokens.nextSetBit(0)).begin();
    }

    int end(BitSet tokens) {
        return token(tokens.length() - 1).end();
    }

    static boolean matches(String relation, String wanted) {
        return relation.equals(wanted) || relation.startsWith(wanted + ":");
    }
}
