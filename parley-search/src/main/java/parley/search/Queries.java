package parley.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import java.util.Set;
import parley.core.store.Filter;
import parley.model.EventType;

/** Parses what a user typed and adds the filters. */
final class Queries {
    private static final String[] SEARCHED = {Fields.TEXT, Fields.TITLE, Fields.SPEAKER};
    private static final Map<String, Float> BOOSTS = Map.of(Fields.TEXT, 1.0f, Fields.TITLE, 2.0f,
            Fields.SPEAKER, 1.5f);

    private Queries() {
    }

    /**
     * The user's query: Lucene's classic syntax ({@code "truce, and then"}, {@code russia AND
     * ceasefire}, {@code actor:RUS}, {@code energ*}), all words required unless {@code OR} says
     * otherwise. A blank query matches everything, for browsing by filters alone.
     *
     * @throws IllegalArgumentException naming the query and what is wrong with it
     */
    static Query parse(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCHED, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("search query '" + text + "' is not valid: " + reason(text, e), e);
        }
    }

    /**
     * The query restricted to hits of {@code kinds} (all when empty) that pass {@code filter}, as
     * non-scoring clauses: the same rules as {@link Filter}'s {@code matches} (the contract test
     * of the server checks that they agree), with an article passing when one of its events (for
     * actors also quotes) does, and its publication date standing for its date.
     */
    static Query filtered(Query query, Set<SearchKind> kinds, Filter filter) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (!kinds.isEmpty()) {
            builder.add(anyOf(Fields.KIND, kinds.stream().map(SearchKind::id).toList()),
                    BooleanClause.Occur.FILTER);
        }
        if (!filter.actors().isEmpty()) {
            builder.add(anyOf(Fields.ACTOR, filter.actors()), BooleanClause.Occur.FILTER);
        }
        if (!filter.types().isEmpty()) {
            builder.add(anyOf(Fields.TYPE, filter.types().stream().map(EventType::name).toList()),
                    BooleanClause.Occur.FILTER);
        }
        if (!filter.issues().isEmpty()) {
            builder.add(anyOf(Fields.ISSUE, filter.issues()), BooleanClause.Occur.FILTER);
        }
        // Overlap of [first, last] with [since, until]; a document without dates has no points.
        if (filter.since() != null) {
            builder.add(LongPoint.newRangeQuery(Fields.LAST_DAY, filter.since().toEpochDay(), Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
        }
        if (filter.until() != null) {
            builder.add(LongPoint.newRangeQuery(Fields.FIRST_DAY, Long.MIN_VALUE, filter.until().toEpochDay()),
                    BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static Query anyOf(String field, Collection<String> values) {
        List<BytesRef> terms = new ArrayList<>();
        values.forEach(value -> terms.add(new BytesRef(value)));
        return new TermInSetQuery(field, terms);
    }

    /** The parser's first line without its "Cannot parse '...': " preamble, which repeats the query. */
    private static String reason(String text, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String first = (newline < 0 ? message : message.substring(0, newline)).trim();
        String preamble = "Cannot parse '" + text + "': ";
        String reason = first.startsWith(preamble) ? first.substring(preamble.length()) : first;
        // The lexer's state number means nothing to a user.
        return reason.replaceAll("\\s*\\(in lexical state \\d+\\)", "");
    }
}
