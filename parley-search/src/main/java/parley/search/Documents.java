package parley.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import parley.core.time.IsoDates;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.Quote;

/** Turns a coded article into its Lucene documents: one for the article, one per event and quote. */
final class Documents {
    /** Stored, tokenized, with offsets in the postings so that highlighting need not re-analyse. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private Documents() {
    }

    static List<Document> of(CodedArticle coded) {
        Article article = coded.article();
        List<Document> documents = new ArrayList<>();
        documents.add(article(coded));
        for (Event event : coded.events()) {
            documents.add(event(article, event));
        }
        int number = 1;
        for (Quote quote : coded.quotes()) {
            documents.add(quote(article, quote, article.id() + "#q" + number++));
        }
        return documents;
    }

    private static Document article(CodedArticle coded) {
        Article article = coded.article();
        Document document = base(SearchKind.ARTICLE, article.id(), article);
        // Page furniture (navigation, captions) is blanked out: it is not what the article says.
        document.add(new Field(Fields.TEXT, article.bodyText(), TEXT_WITH_OFFSETS));
        Set<String> actors = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        Set<String> issues = new LinkedHashSet<>();
        for (Event event : coded.events()) {
            event.actor().forEach(actor -> actors.add(actor.code()));
            types.add(event.type().name());
            issues.addAll(event.issues());
        }
        for (Quote quote : coded.quotes()) {
            if (quote.speakerCode() != null && !quote.speakerCode().isBlank()) {
                actors.add(quote.speakerCode());
            }
        }
        keywords(document, Fields.ACTOR, actors);
        keywords(document, Fields.TYPE, types);
        keywords(document, Fields.ISSUE, issues);
        LocalDate published = article.published();
        if (published != null) {
            dates(document, published.toString(), published, published);
        }
        return document;
    }

    private static Document event(Article article, Event event) {
        String id = event.id() == null ? article.id() + "#e" + event.evidence().start() : event.id();
        Document document = base(SearchKind.EVENT, id, article);
        document.add(new Field(Fields.TEXT, event.evidence().sentence(), TEXT_WITH_OFFSETS));
        keywords(document, Fields.ACTOR, codes(event.actor()));
        keywords(document, Fields.RECIPIENT, codes(event.recipient()));
        keywords(document, Fields.TYPE, List.of(event.type().name()));
        keywords(document, Fields.ISSUE, event.issues());
        dated(document, event.date());
        return document;
    }

    private static Document quote(Article article, Quote quote, String id) {
        Document document = base(SearchKind.QUOTE, id, article);
        document.add(new Field(Fields.TEXT, quote.text(), TEXT_WITH_OFFSETS));
        if (quote.speaker() != null && !quote.speaker().isBlank()) {
            document.add(new TextField(Fields.SPEAKER, quote.speaker(), Field.Store.YES));
        }
        if (quote.speakerCode() != null && !quote.speakerCode().isBlank()) {
            keywords(document, Fields.ACTOR, List.of(quote.speakerCode()));
        }
        dated(document, quote.date());
        return document;
    }

    private static Document base(SearchKind kind, String id, Article article) {
        Document document = new Document();
        document.add(new StringField(Fields.KIND, kind.id(), Field.Store.YES));
        document.add(new StringField(Fields.ID, id, Field.Store.YES));
        document.add(new StringField(Fields.ARTICLE_ID, article.id(), Field.Store.YES));
        if (article.title() != null && !article.title().isBlank()) {
            // Only the article's own document is searched by title; the others just show it. Lucene
            // wants one schema per field name, hence two names.
            document.add(kind == SearchKind.ARTICLE ? new TextField(Fields.TITLE, article.title(), Field.Store.YES)
                    : new StoredField(Fields.ARTICLE_TITLE, article.title()));
        }
        return document;
    }

    private static void keywords(Document document, String field, Collection<String> values) {
        for (String value : values) {
            document.add(new StringField(field, value, Field.Store.YES));
        }
    }

    private static void dated(Document document, String date) {
        LocalDate first = IsoDates.firstDay(date);
        if (first != null) {
            dates(document, date, first, IsoDates.lastDay(date));
        }
    }

    private static void dates(Document document, String date, LocalDate first, LocalDate last) {
        document.add(new StoredField(Fields.DATE, date));
        document.add(new LongPoint(Fields.FIRST_DAY, first.toEpochDay()));
        document.add(new LongPoint(Fields.LAST_DAY, last.toEpochDay()));
    }

    private static List<String> codes(List<ActorRef> actors) {
        return actors.stream().map(ActorRef::code).distinct().toList();
    }
}
