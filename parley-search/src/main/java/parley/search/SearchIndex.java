package parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import parley.core.store.Filter;
import parley.model.CodedArticle;

/**
 * A full-text index of the workspace's articles, events (their evidence sentences) and quotes,
 * kept in step with the store: index an article when it is stored, delete it when it is removed,
 * and {@link #rebuild} from the store when in doubt. Indexing an article again replaces all of its
 * documents (they share the article id term), so indexing is idempotent.
 *
 * <p>Changes are visible to {@link #search} at once; {@link #commit} makes them durable. The index
 * is safe for concurrent use by several threads.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(workspace.resolve("search"))) {
 *     index.index(codedArticle);
 *     index.commit();
 *     for (SearchHit hit : index.search("\"truce, and then\"", Set.of(SearchKind.EVENT), Filter.none(), 20)) {
 *         System.out.println(hit.id() + ": " + hit.snippet());
 *     }
 * }
 * }</pre>
 */
public final class SearchIndex implements AutoCloseable {
    private static final int PASSAGES = 2;
    /** Commit data key: the stored position of the last article indexed. */
    private static final String LAST_ORDER = "parley.last_order";

    private final Directory directory;
    private final Analyzer analyzer = SearchAnalyzer.create();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in {@code directory}, creating the directory and an empty index if needed.
     *
     * @throws UncheckedIOException when the directory cannot be created or is locked by another writer
     */
    public static SearchIndex open(Path directory) {
        try {
            Files.createDirectories(directory);
            return new SearchIndex(FSDirectory.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open search index in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** An index held in memory, for tests and short-lived tools. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an in-memory search index", e);
        }
    }

    /** Adds the article with its events and quotes, replacing whatever was indexed for its id. */
    public void index(CodedArticle coded) {
        List<Document> documents = Documents.of(coded);
        write(() -> writer.updateDocuments(new Term(Fields.ARTICLE_ID, coded.article().id()), documents));
    }

    /** Removes the article with its events and quotes; nothing happens when it is not indexed. */
    public void delete(String articleId) {
        write(() -> writer.deleteDocuments(new Term(Fields.ARTICLE_ID, articleId)));
    }

    /** Makes every change so far durable. */
    public void commit() {
        write(writer::commit);
    }

    /**
     * Makes every change so far durable, recording that the articles of the store up to stored
     * position {@code lastOrder} are indexed ({@link #lastOrder()} reads it back).
     */
    public void commit(long lastOrder) {
        write(() -> {
            writer.setLiveCommitData(Map.of(LAST_ORDER, Long.toString(lastOrder)).entrySet());
            writer.commit();
        });
    }

    /** The stored position recorded by the last {@link #commit(long)}, or 0. */
    public long lastOrder() {
        try {
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                for (Map.Entry<String, String> entry : data) {
                    if (entry.getKey().equals(LAST_ORDER)) {
                        return Long.parseLong(entry.getValue());
                    }
                }
            }
            return 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Removes everything (not yet committed). */
    public void clear() {
        write(writer::deleteAll);
    }

    /** Replaces the whole index with these articles, and commits. */
    public void rebuild(Iterable<CodedArticle> articles) {
        clear();
        for (CodedArticle coded : articles) {
            index(coded);
        }
        commit();
    }

    /** How many articles are indexed (with the changes not yet committed). */
    public int articleCount() {
        return read(searcher -> searcher.count(Queries.term(Fields.KIND, SearchKind.ARTICLE.id())));
    }

    /**
     * The best hits for {@code query} within {@code filter}, most relevant first.
     *
     * @param query  Lucene's classic query syntax: words (all required), {@code "phrases"},
     *               {@code OR}, {@code NOT}, {@code prefix*}, {@code field:value} on the keyword
     *               fields {@code actor}, {@code recipient}, {@code type}, {@code issue},
     *               {@code kind}; blank for everything the filter lets through
     * @param kinds  the kinds of hit wanted, empty for all
     * @param filter restrictions ({@link Filter}'s rules), {@link Filter#none()} for none
     * @param limit  at most this many hits, at least 1
     * @throws IllegalArgumentException naming the query when it cannot be parsed or is too broad
     *                                  (e.g. a prefix matching too many words), or when the limit
     *                                  is not positive
     */
    public List<SearchHit> search(String query, Set<SearchKind> kinds, Filter filter, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Query parsed = Queries.parse(query, analyzer);
        Query full = Queries.filtered(parsed, kinds == null ? Set.of() : kinds, filter == null ? Filter.none() : filter);
        return read(searcher -> {
            TopDocs top;
            try {
                top = searcher.search(full, limit);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new IllegalArgumentException("search query '" + query + "' is too broad: it expands to more "
                        + "than " + IndexSearcher.getMaxClauseCount() + " terms; use a longer prefix", e);
            }
            return hits(searcher, parsed, top);
        });
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query parsed, TopDocs top) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .build();
        int[] passages = new int[] {PASSAGES};
        Map<String, String[]> snippets = highlighter.highlightFields(new String[] {Fields.TEXT}, parsed, top,
                passages);
        String[] texts = snippets.get(Fields.TEXT);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document document = stored.document(scoreDoc.doc);
            SearchKind kind = SearchKind.fromId(document.get(Fields.KIND));
            hits.add(new SearchHit(kind, document.get(Fields.ID), document.get(Fields.ARTICLE_ID), scoreDoc.score,
                    texts == null ? null : texts[i], title(document), document.get(Fields.DATE),
                    kind == SearchKind.EVENT ? document.get(Fields.TYPE) : null, Arrays.asList(document.getValues(Fields.ACTOR)),
                    document.get(Fields.SPEAKER)));
        }
        return hits;
    }

    private static String title(Document document) {
        String title = document.get(Fields.TITLE);
        return title != null ? title : document.get(Fields.ARTICLE_TITLE);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close search index: " + e.getMessage(), e);
        }
    }

    private void write(IndexAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search index write failed: " + e.getMessage(), e);
        }
    }

    private <T> T read(SearcherAction<T> action) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return action.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search index read failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface IndexAction {
        void run() throws IOException;
    }

    @FunctionalInterface
    private interface SearcherAction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
