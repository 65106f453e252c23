package parley.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import parley.core.corroboration.Contradiction;
import parley.core.corroboration.Corroboration;
import parley.core.corroboration.Corroborator;
import parley.core.corroboration.Incident;
import parley.core.positions.Position;
import parley.core.positions.PositionTracker;
import parley.core.positions.StanceKey;
import parley.core.time.IsoDates;
import parley.model.ActorRef;
import parley.model.Article;
import parley.model.CodedArticle;
import parley.model.Event;
import parley.model.EventType;
import parley.model.Quote;
import parley.model.SkippedInput;

/**
 * An {@link EventStore} kept in memory, written straight from the definitions: every list is the
 * whole workspace filtered with {@link Filter}'s {@code matches}, incidents are
 * {@link Corroborator}'s batch result over every stored event, stances are
 * {@link PositionTracker}'s. It is the reference the database store is compared with (both pass
 * {@link EventStoreContract}), and a fast store for tests of the stages around it. It copies and
 * scans everything on every call: for tests only.
 *
 * <p>Keys of pages are positions in the full list, written as the sort key of the last item
 * served, so a page read after more articles were stored goes on after that item.
 */
public final class InMemoryEventStore implements EventStore {
    private final Map<String, CodedArticle> articles = new LinkedHashMap<>();
    private final Map<List<String>, SkippedInput> skipped = new LinkedHashMap<>();
    private final Map<String, Syndication> syndications = new LinkedHashMap<>();

    @Override
    public synchronized boolean contains(String articleId) {
        return articles.containsKey(articleId);
    }

    @Override
    public synchronized boolean save(CodedArticle coded) {
        return articles.putIfAbsent(coded.article().id(), coded) == null;
    }

    @Override
    public synchronized void recordSkipped(SkippedInput input) {
        skipped.putIfAbsent(List.of(input.origin(), input.reason()), input);
    }

    @Override
    public synchronized boolean recordSyndication(Syndication syndication) {
        if (!articles.containsKey(syndication.articleId())) {
            throw new IllegalArgumentException("cannot record " + syndication.copyId() + " as a copy of "
                    + syndication.articleId() + ": no article " + syndication.articleId() + " is stored");
        }
        return syndications.putIfAbsent(syndication.copyId(), syndication) == null;
    }

    @Override
    public synchronized boolean containsCopy(String copyId) {
        return syndications.containsKey(copyId);
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id)).map(CodedArticle::article);
    }

    @Override
    public synchronized List<Event> eventsOf(String articleId) {
        CodedArticle coded = articles.get(articleId);
        return coded == null ? List.of() : coded.events();
    }

    @Override
    public synchronized List<Quote> quotesOf(String articleId) {
        CodedArticle coded = articles.get(articleId);
        return coded == null ? List.of() : coded.quotes();
    }

    @Override
    public synchronized Optional<Event> event(String id) {
        return allEvents().stream().filter(event -> id.equals(event.id())).findFirst();
    }

    @Override
    public synchronized Optional<Incident> incident(String id) {
        return corroboration().incidents().stream().filter(incident -> incident.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<Contradiction> contradictionsOf(String incidentId) {
        return corroboration().contradictions().stream()
                .filter(c -> c.accepting().id().equals(incidentId) || c.rejecting().id().equals(incidentId)).toList();
    }

    @Override
    public synchronized String actorName(String code) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Event event : allEvents()) {
            for (List<ActorRef> refs : List.of(event.actor(), event.recipient())) {
                for (ActorRef ref : refs) {
                    if (ref.code().equals(code) && ref.name() != null && !ref.name().isBlank()) {
                        counts.merge(ref.name(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    @Override
    public synchronized Map<String, String> titles(Collection<String> articleIds) {
        Map<String, String> titles = new HashMap<>();
        for (String id : articleIds) {
            CodedArticle coded = articles.get(id);
            if (coded != null && coded.article().title() != null) {
                titles.put(id, coded.article().title());
            }
        }
        return titles;
    }

    @Override
    public synchronized Map<String, ArticleSummary> summaries(Collection<String> articleIds) {
        Map<String, ArticleSummary> found = new HashMap<>();
        for (String id : articleIds) {
            CodedArticle coded = articles.get(id);
            if (coded != null) {
                Article a = coded.article();
                found.put(id, new ArticleSummary(a.id(), a.url(), a.source(), a.published(), a.title(), a.lang(),
                        coded.events().size(), coded.quotes().size()));
            }
        }
        return found;
    }

    @Override
    public synchronized Map<String, Incident> incidentsOf(Collection<String> eventIds) {
        Set<String> wanted = new HashSet<>(eventIds);
        Map<String, Incident> found = new HashMap<>();
        for (Incident incident : corroboration().incidents()) {
            for (String eventId : incident.eventIds()) {
                if (wanted.contains(eventId)) {
                    found.put(eventId, incident);
                }
            }
        }
        return found;
    }

    @Override
    public synchronized Page<ArticleSummary> articles(Filter filter, String after, int limit) {
        List<ArticleSummary> found = new ArrayList<>();
        for (CodedArticle coded : articles.values()) {
            Article a = coded.article();
            if (filter.matches(coded)) {
                found.add(new ArticleSummary(a.id(), a.url(), a.source(), a.published(), a.title(), a.lang(),
                        coded.events().size(), coded.quotes().size()));
            }
        }
        return page(found, ArticleSummary::id, after, limit);
    }

    @Override
    public synchronized Page<Event> events(Filter filter, Set<String> conflict, String after, int limit) {
        List<Event> found = allEvents().stream().filter(filter::matches)
                .filter(event -> Conflict.involves(conflict, event)).toList();
        return page(found, this::eventKey, after, limit);
    }

    @Override
    public synchronized Page<Event> chronology(Filter filter, boolean latestFirst, String after, int limit) {
        List<Event> dated = new ArrayList<>(allEvents().stream()
                .filter(event -> IsoDates.firstDay(event.date()) != null).filter(filter::matches).toList());
        // Stable: events of one day keep their stored order.
        dated.sort(Comparator.comparing((Event event) -> IsoDates.firstDay(event.date())));
        if (latestFirst) {
            java.util.Collections.reverse(dated);
        }
        return page(dated, this::eventKey, after, limit);
    }

    @Override
    public synchronized Page<Quote> quotes(Filter filter, String after, int limit) {
        List<Quote> found = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (CodedArticle coded : articles.values()) {
            for (int i = 0; i < coded.quotes().size(); i++) {
                if (filter.matches(coded.quotes().get(i))) {
                    found.add(coded.quotes().get(i));
                    keys.add(coded.article().id() + "#" + i);
                }
            }
        }
        Map<Quote, String> keyOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            keyOf.put(found.get(i), keys.get(i));
        }
        return page(found, keyOf::get, after, limit);
    }

    @Override
    public synchronized Page<Incident> incidents(Filter filter, String after, int limit) {
        return page(corroboration().incidents().stream().filter(filter::matches).toList(), Incident::id, after, limit);
    }

    @Override
    public synchronized Page<Incident> timeline(Filter filter, Set<String> involving, String after, int limit) {
        List<Incident> found = corroboration().incidents().stream()
                .filter(incident -> IsoDates.firstDay(incident.date()) != null)
                .filter(filter::matches)
                .filter(incident -> Conflict.involves(involving, incident)).toList();
        return page(found, Incident::id, after, limit);
    }

    @Override
    public synchronized Page<Contradiction> contradictions(Filter filter, String after, int limit) {
        Filter incidents = filter.withActors(Set.of());
        List<Contradiction> found = corroboration().contradictions().stream()
                .filter(c -> filter.actors().isEmpty() || filter.actors().contains(c.actorCode()))
                .filter(c -> incidents.matches(c.accepting()) || incidents.matches(c.rejecting())).toList();
        return page(found, c -> c.accepting().id() + "|" + c.rejecting().id() + "|" + c.actorCode(), after, limit);
    }

    @Override
    public synchronized Page<ActorActivity> actors(Filter filter, String after, int limit) {
        Filter counted = filter.withActors(Set.of());
        Map<String, long[]> counts = new TreeMap<>();
        for (Event event : allEvents()) {
            if (counted.matches(event)) {
                event.actor().forEach(ref -> counts.computeIfAbsent(ref.code(), c -> new long[4])[0]++);
                event.recipient().forEach(ref -> counts.computeIfAbsent(ref.code(), c -> new long[4])[1]++);
            }
        }
        for (CodedArticle coded : articles.values()) {
            for (Quote quote : coded.quotes()) {
                if (quote.speakerCode() != null && !quote.speakerCode().isBlank() && counted.matches(quote)) {
                    counts.computeIfAbsent(quote.speakerCode(), c -> new long[4])[2]++;
                }
            }
        }
        for (Incident incident : corroboration().incidents()) {
            if (counted.matches(incident)) {
                incident.actorCodes().forEach(code -> counts.computeIfAbsent(code, c -> new long[4])[3]++);
            }
        }
        List<ActorActivity> found = new ArrayList<>();
        counts.forEach((code, c) -> {
            if (filter.actors().isEmpty() || filter.actors().contains(code)) {
                found.add(new ActorActivity(code, actorName(code), c[0], c[1], c[2], c[3]));
            }
        });
        found.sort(Comparator.comparingLong(ActorActivity::total).reversed().thenComparing(ActorActivity::code));
        return page(found, ActorActivity::code, after, limit);
    }

    @Override
    public synchronized Network network(Filter filter) {
        Map<String, long[]> nodes = new TreeMap<>();
        Map<String, Map<String, Long>> edges = new TreeMap<>();
        long incidents = 0;
        for (Incident incident : corroboration().incidents()) {
            if (!filter.matches(incident)) {
                continue;
            }
            incidents++;
            incident.actorCodes().forEach(code -> nodes.computeIfAbsent(code, c -> new long[2])[0]++);
            incident.recipientCodes().forEach(code -> nodes.computeIfAbsent(code, c -> new long[2])[1]++);
            for (String source : incident.actorCodes()) {
                for (String target : incident.recipientCodes()) {
                    if (!source.equals(target)) {
                        edges.computeIfAbsent(source + "->" + target, key -> new TreeMap<>())
                                .merge(incident.type().name(), 1L, Long::sum);
                    }
                }
            }
        }
        List<Network.Node> nodeList = new ArrayList<>();
        nodes.forEach((code, c) -> nodeList.add(new Network.Node(code, actorName(code), c[0], c[1])));
        List<Network.Edge> edgeList = new ArrayList<>();
        edges.forEach((key, types) -> {
            String[] ends = key.split("->", 2);
            edgeList.add(new Network.Edge(key, ends[0], ends[1], types.values().stream().mapToLong(Long::longValue).sum(),
                    types));
        });
        edgeList.sort(Comparator.comparing(Network.Edge::source).thenComparing(Network.Edge::target));
        return new Network(nodeList, edgeList, incidents);
    }

    @Override
    public synchronized List<StanceKey> stanceKeys(Filter filter, StanceKey after, int limit) {
        java.util.TreeSet<StanceKey> keys = new java.util.TreeSet<>();
        for (Position position : PositionTracker.positions(allEvents())) {
            if ((filter.actors().isEmpty() || filter.actors().contains(position.actor()))
                    && (filter.issues().isEmpty() || filter.issues().contains(position.issue()))) {
                keys.add(position.key());
            }
        }
        return (after == null ? keys : keys.tailSet(after, false)).stream().limit(limit).toList();
    }

    @Override
    public synchronized Map<StanceKey, Position> latestStances(List<StanceKey> keys, Filter filter, LocalDate asOf) {
        Filter events = filter.withActors(Set.of()).withIssues(Set.of());
        List<Event> passing = allEvents().stream().filter(events::matches).filter(event -> {
            LocalDate first = IsoDates.firstDay(event.date());
            return asOf == null || (first != null && !first.isAfter(asOf));
        }).toList();
        Map<StanceKey, Position> latest = new HashMap<>();
        for (Position position : PositionTracker.latest(passing)) {
            if (keys.contains(position.key())) {
                latest.put(position.key(), position);
            }
        }
        return latest;
    }

    @Override
    public synchronized List<Position> stances(StanceKey key, Filter filter) {
        Filter events = filter.withActors(Set.of()).withIssues(Set.of());
        return PositionTracker.positions(allEvents().stream().filter(events::matches).toList()).stream()
                .filter(position -> position.key().equals(key)).distinct().toList();
    }

    @Override
    public synchronized List<SkippedInput> skipped() {
        return List.copyOf(skipped.values());
    }

    @Override
    public synchronized List<Syndication> syndications() {
        return List.copyOf(syndications.values());
    }

    @Override
    public synchronized WorkspaceSummary summary() {
        Map<EventType, Long> byType = new TreeMap<>();
        allEvents().forEach(event -> byType.merge(event.type(), 1L, Long::sum));
        Corroboration corroboration = corroboration();
        return new WorkspaceSummary(articles.size(), allEvents().size(),
                articles.values().stream().mapToLong(coded -> coded.quotes().size()).sum(), skipped.size(),
                syndications.size(), corroboration.incidents().size(), corroboration.contradictions().size(), byType);
    }

    @Override
    public synchronized void forEachCoded(long afterOrder, Consumer<StoredArticle> action) {
        long order = 0;
        for (CodedArticle coded : List.copyOf(articles.values())) {
            order++;
            if (order > afterOrder) {
                action.accept(new StoredArticle(coded, order));
            }
        }
    }

    @Override
    public void close() {
        // Nothing to release: the contents simply go away with the instance.
    }

    private List<Event> allEvents() {
        List<Event> events = new ArrayList<>();
        articles.values().forEach(coded -> events.addAll(coded.events()));
        return events;
    }

    private String eventKey(Event event) {
        // Events are told apart by identity; the key is their position in the stored order.
        int position = 0;
        for (CodedArticle coded : articles.values()) {
            for (Event stored : coded.events()) {
                if (stored == event) {
                    return String.valueOf(position);
                }
                position++;
            }
        }
        throw new IllegalStateException("not a stored event: " + event);
    }

    /** The events that corroboration can tell apart: with an id, the first of each id. */
    private Corroboration corroboration() {
        Set<String> seen = new HashSet<>();
        List<Event> events = new ArrayList<>();
        for (CodedArticle coded : articles.values()) {
            for (Event event : coded.events()) {
                // The database store corroborates the first article's event of an id shared across articles.
                if (event.id() != null && !event.id().isBlank() && seen.add(event.id())) {
                    events.add(event);
                }
            }
        }
        List<Article> all = articles.values().stream().map(CodedArticle::article).toList();
        return Corroborator.corroborate(events, all, Map.of());
    }

    private static <T> Page<T> page(List<T> all, Function<T, String> key, String after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        int from = 0;
        if (after != null) {
            from = all.size();
            for (int i = 0; i < all.size(); i++) {
                if (key.apply(all.get(i)).equals(after)) {
                    from = i + 1;
                    break;
                }
            }
        }
        int to = Math.min(all.size(), from + limit);
        List<T> items = all.subList(from, to);
        return new Page<>(items, to < all.size() ? key.apply(all.get(to - 1)) : null);
    }
}
