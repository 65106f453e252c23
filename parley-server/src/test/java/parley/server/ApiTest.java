package parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import parley.core.store.EventStoreContract;
import parley.core.store.Filter;
import parley.model.Event;
import parley.model.EventType;
import parley.search.SearchIndex;
import parley.store.JdbcEventStore;

/** The read API over the sample workspace: filters, paging, errors. */
class ApiTest {
    @TempDir
    static Path temp;

    private static JdbcEventStore store;
    private static SearchIndex index;
    private static ParleyServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        store = JdbcEventStore.open(temp.resolve("ws"));
        SampleWorkspace.fill(store);
        index = SearchIndex.inMemory();
        assertThat(IndexSync.ensureCurrent(store, index)).isEqualTo(10);
        server = new ParleyServer(store, index, ServerConfig.readOnly());
        http = new Http(server.start(0));
    }

    @AfterAll
    static void stop() {
        server.stop();
        index.close();
        store.close();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void filtersEventsAsTheStoreDoes() {
        record Case(String query, Filter expected) {
        }
        List<Case> cases = List.of(
                new Case("actor=RUS", new Filter(Set.of("RUS"), Set.of(), Set.of(), null, null)),
                new Case("actor=rus,HAMAS&type=AGREE,ACCUSE", new Filter(Set.of("RUS", "HAMAS"),
                        Set.of(EventType.AGREE, EventType.ACCUSE), Set.of(), null, null)),
                new Case("issue=ceasefire&since=2025-03-12&until=2025-03-18", new Filter(Set.of(), Set.of(),
                        Set.of("ceasefire"), LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 18))),
                new Case("type=reject", new Filter(Set.of(), Set.of(EventType.REJECT), Set.of(), null, null)));
        for (Case c : cases) {
            JsonNode page = http.get("/api/events?limit=500&" + c.query()).json();
            List<String> expected = EventStoreContract.all(store, c.expected()).stream().map(Event::id).toList();
            assertThat(expected).as(c.query()).isNotEmpty();
            assertThat(ids(page)).as(c.query()).isEqualTo(expected);
            assertThat(page.get("next_cursor").isNull()).isTrue();
        }
        assertThat(ids(http.get("/api/events?actor=RUS&type=ACCUSE").json())).isEmpty();
    }

    @Test
    void pagesThroughEveryEventOnceWithCursors() {
        List<String> all = ids(http.get("/api/events?limit=500").json());
        assertThat(all).hasSize(13);
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = http.get("/api/events?limit=4" + (cursor == null ? "" : "&cursor=" + encode(cursor))).json();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(4);
            paged.addAll(ids(page));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(paged).isEqualTo(all);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void refusesACursorFromAnotherQuery() {
        String cursor = http.get("/api/events?limit=2").json().get("next_cursor").asText();
        Http.Answer answer = http.get("/api/events?limit=2&actor=RUS&cursor=" + encode(cursor));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("parameter").asText()).isEqualTo("cursor");
        assertThat(http.get("/api/incidents?limit=2&cursor=" + encode(cursor)).status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
        "/api/events?since=2025-13-01, since",
        "/api/events?until=yesterday, until",
        "/api/events?since=2025-05-02&until=2025-05-01, until",
        "/api/events?type=HUG, type",
        "/api/incidents?issue=peace, issue",
        "/api/events?cursor=not-a-cursor, cursor",
        "/api/events?cursor=cDEKLTEKYWJjCng, cursor",
        "/api/events?limit=0, limit",
        "/api/events?limit=501, limit",
        "/api/events?limit=ten, limit",
        "/api/events?acter=RUS, acter",
        "/api/events?actor=R%20U%20S, actor",
        "/api/events?actor=RUS&actor=UKR, actor",
        "/api/events?since=%zz, since",
        "/api/timeline?conflict=RUS, conflict",
        "/api/positions?date=2025-02-30, date",
        "/api/positions/history?actor=RUS, issue",
        "/api/positions/history?issue=ceasefire, actor",
        "/api/search?kind=poem, kind",
        "/api/search?q=%22unclosed, q",
        "/api/articles/kp-0312?full=1, full",
        "/api/changes?type=AGREE, type",
        "/api/changes?since=2025-13-01, since",
        "/api/disagreements?limit=0, limit",
        "/api/export/events, format",
        "/api/export/events?format=xls, format",
        "/api/export/incidents?format=csv&conflict=RUS%2CUKR, conflict",
        "/api/export/events?format=csv&conflict=RUS, conflict",
        "/api/events?conflict=RUS, conflict",
        "/api/export/timeline?format=csv&conflict=RUS, conflict",
        "/api/export/positions?format=parquet&date=2025-02-30, date",
    })
    void answersBadParametersWith400NamingThem(String path, String parameter) {
        Http.Answer answer = http.raw(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode json = answer.json();
        assertThat(json.get("parameter").asText()).isEqualTo(parameter);
        assertThat(json.get("error").asText()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"/api/nowhere", "/nowhere.html", "/api/articles/no-such-article", "/api/events/nope%231",
            "/api/incidents/incident%3Anope", "/api/export/everything?format=csv"})
    void answersUnknownRoutesAndIdsWith404Json(String path) {
        Http.Answer answer = http.get(path);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().get("error").asText()).isNotBlank();
    }

    @Test
    void answersMalformedRequestsAsJsonWithoutHtml() {
        Http.Answer badPath = http.raw("/api/events/%zz");
        assertThat(badPath.status()).isEqualTo(400);
        assertThat(badPath.contentType()).startsWith("application/json");
        assertThat(badPath.json().get("error").asText()).isNotBlank();
        Http.Answer wrongMethod = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/events")).DELETE());
        assertThat(wrongMethod.status()).isIn(404, 405);
        assertThat(wrongMethod.json().get("error").asText()).isNotBlank();
    }

    @Test
    void servesAnArticleWithTextFurnitureEventsAndQuotes() {
        JsonNode article = http.get("/api/articles/kp-0312").json();
        assertThat(article.get("text").asText()).contains("Ukraine accepted a US proposal");
        assertThat(article.get("furniture").get(0).get("reason").asText()).isEqualTo("headline");
        assertThat(article.get("events").size()).isEqualTo(1);
        assertThat(article.get("quotes").get(0).get("speaker_code").asText()).isEqualTo("UKR");
        JsonNode list = http.get("/api/articles?actor=RUS&since=2025-03-19&until=2025-03-19").json();
        assertThat(ids(list)).containsExactly("tass-0319", "bbc-0319", "ifx-0319");
        assertThat(list.get("items").get(0).has("text")).isFalse();
    }

    @Test
    void mergesTheTwoReportsOfUkrainesAcceptanceIntoOneIncident() {
        JsonNode incidents = http.get("/api/incidents?actor=UKR&type=AGREE&issue=ceasefire").json();
        assertThat(incidents.get("items").size()).isEqualTo(1);
        JsonNode incident = incidents.get("items").get(0);
        assertThat(incident.get("outlet_count").asInt()).isEqualTo(2);
        assertThat(incident.get("article_ids")).hasSize(2);

        JsonNode detail = http.get("/api/incidents/" + encode(incident.get("id").asText())).json();
        assertThat(detail.get("articles")).hasSize(2);
        assertThat(detail.get("articles").get(0).get("text").asText()).isNotBlank();
        JsonNode event = detail.get("events").get(0);
        String text = detail.get("articles").get(0).get("text").asText();
        assertThat(text.substring(event.get("evidence").get("start").asInt(), event.get("evidence").get("end").asInt()))
                .isEqualTo(event.get("evidence").get("sentence").asText());
        assertThat(detail.get("provenance").get(0).get("rule").asText()).isEqualTo("verb:test");
        assertThat(detail.get("provenance").get(0).get("dictionary_version").asText()).isEqualTo("test-dictionary-1");
        assertThat(detail.get("quotes").get(0).get("text").asText()).isEqualTo("We are ready for peace");
    }

    @Test
    void findsTheContradictionAboutRussiaAndTheCeasefire() {
        JsonNode page = http.get("/api/contradictions?actor=RUS").json();
        assertThat(page.get("items").size()).isEqualTo(1);
        JsonNode contradiction = page.get("items").get(0);
        assertThat(contradiction.get("accepting").get("outlets").toString()).contains("interfax.example");
        assertThat(contradiction.get("rejecting").get("outlets").toString()).contains("bbc.co.uk");
        assertThat(http.get("/api/contradictions?actor=UKR").json().get("items").size()).isZero();
        JsonNode detail = http.get("/api/incidents/" + encode(contradiction.get("accepting").get("id").asText())).json();
        assertThat(detail.get("contradictions")).hasSize(1);
    }

    @Test
    void showsTheTimelineInDateOrderAndByConflict() {
        JsonNode all = http.get("/api/timeline?limit=500").json();
        List<String> days = new ArrayList<>();
        all.get("items").forEach(item -> days.add(item.get("first_day").asText()));
        assertThat(days).isSorted().doesNotContainNull().hasSizeLessThan(15);
        assertThat(days.get(0)).isEqualTo("2025-01-15");
        JsonNode conflict = http.get("/api/timeline?conflict=ISR,HAMAS").json();
        assertThat(conflict.get("items").size()).isEqualTo(1);
        conflict.get("items").forEach(item -> assertThat(item.get("actors").toString()).contains("ISR", "HAMAS"));
    }

    @Test
    void givesEachActorsStanceAsOfADate() {
        JsonNode early = http.get("/api/positions?date=2025-03-12&issue=ceasefire").json();
        assertThat(early.toString()).contains("\"actor\":\"UKR\"").doesNotContain("\"actor\":\"RUS\"");
        JsonNode later = http.get("/api/positions?date=2025-03-14&actor=RUS&issue=ceasefire").json();
        assertThat(later.get("items").get(0).get("stance").asText()).isEqualTo("against");
        assertThat(later.get("items").get(0).get("actor_name").asText()).isEqualTo("Russia");

        JsonNode history = http.get("/api/positions/history?actor=rus&issue=ceasefire").json();
        assertThat(history.get("points").size()).isEqualTo(3);
        assertThat(history.get("changes").size()).isGreaterThanOrEqualTo(1);
        assertThat(history.get("changes").get(0).get("explanation").asText()).startsWith("RUS on ceasefire: against");
    }

    @Test
    void givesTheSamePositionsAsThePositionTracker() {
        List<Event> events = new ArrayList<>(EventStoreContract.all(store, Filter.none()));
        events.sort(java.util.Comparator.comparing((Event e) -> parley.core.time.IsoDates.firstDay(e.date()),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        for (String date : new String[] {null, "2025-03-12", "2025-03-18", "2025-05-16"}) {
            List<Event> asOf = events.stream().filter(e -> date == null || (parley.core.time.IsoDates.firstDay(e.date()) != null
                    && !parley.core.time.IsoDates.firstDay(e.date()).isAfter(LocalDate.parse(date)))).toList();
            List<String> expected = parley.core.positions.PositionTracker.latest(asOf).stream()
                    .map(p -> p.actor() + " " + p.issue() + " " + p.stance().id() + " " + p.eventId()).toList();
            List<String> actual = new ArrayList<>();
            http.get("/api/positions?limit=500" + (date == null ? "" : "&date=" + date)).json().get("items")
                    .forEach(p -> actual.add(p.get("actor").asText() + " " + p.get("issue").asText() + " "
                            + p.get("stance").asText() + " " + p.get("event_id").asText()));
            assertThat(actual).as("as of " + date).isNotEmpty().isEqualTo(expected);
        }
    }

    @Test
    void countsActorsWithNames() {
        JsonNode page = http.get("/api/actors?limit=2").json();
        assertThat(page.get("items").findValuesAsText("code")).containsExactly("RUS", "UKR");
        JsonNode rus = page.get("items").get(0);
        assertThat(rus.get("name").asText()).isEqualTo("Russia");
        assertThat(rus.get("events_as_actor").asInt()).isEqualTo(9);
        assertThat(rus.get("quotes").asInt()).isEqualTo(1);
        assertThat(page.get("next_cursor").isNull()).isFalse();
        assertThat(http.get("/api/actors?actor=HAMAS").json().get("items").findValuesAsText("code")).containsExactly("HAMAS");
    }

    @Test
    void filtersQuotesBySpeaker() {
        JsonNode page = http.get("/api/quotes?actor=UKR").json();
        assertThat(page.get("items").size()).isEqualTo(2);
        page.get("items").forEach(q -> assertThat(q.get("speaker_code").asText()).isEqualTo("UKR"));
        assertThat(http.get("/api/quotes?type=AGREE").json().get("items").size()).isZero();
    }

    @Test
    void searchesWithSnippetsKindsAndFilters() {
        JsonNode page = http.get("/api/search?q=prisoners&kind=event").json();
        assertThat(page.get("items").size()).isEqualTo(2);
        page.get("items").forEach(hit -> {
            assertThat(hit.get("kind").asText()).isEqualTo("event");
            assertThat(hit.get("snippet").asText()).contains("<b>");
        });
        JsonNode quotes = http.get("/api/search?q=peace&kind=quote&actor=UKR").json();
        assertThat(quotes.get("items").get(0).get("speaker").asText()).isEqualTo("Volodymyr Zelensky");
        JsonNode first = http.get("/api/search?q=ceasefire&limit=2").json();
        String cursor = first.get("next_cursor").asText();
        JsonNode second = http.get("/api/search?q=ceasefire&limit=2&cursor=" + encode(cursor)).json();
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first)).isNotEmpty();
    }

    @Test
    void drawsTheNetworkOfWhoDidWhatToWhom() {
        JsonNode graph = http.get("/api/network?type=AGREE").json();
        assertThat(graph.get("edges").toString()).contains("\"source\":\"UKR\",\"target\":\"USA\"");
        JsonNode edge = graph.get("edges").get(0);
        assertThat(edge.get("weight").asInt()).isPositive();
        assertThat(http.get("/api/network?type=REJECT").json().get("edges").toString()).doesNotContain("UKR");
    }

    @Test
    void listsEachChangeOfStanceWithTheIncidentThatShowsIt() {
        JsonNode page = http.get("/api/changes?actor=RUS&issue=ceasefire").json();
        assertThat(page.get("items").size()).isPositive();
        for (JsonNode change : page.get("items")) {
            assertThat(change.get("actor").asText()).isEqualTo("RUS");
            assertThat(change.get("actor_name").asText()).isEqualTo("Russia");
            assertThat(change.get("issue").asText()).isEqualTo("ceasefire");
            assertThat(change.get("from").get("stance").asText()).isNotEqualTo(change.get("to").get("stance").asText());
            assertThat(change.get("to").get("evidence").asText()).isNotBlank();
            assertThat(change.get("incident").get("event_ids").toString()).contains(change.get("to").get("id").asText());
            assertThat(change.get("incident").get("outlets").size()).isPositive();
        }
        List<String> all = new ArrayList<>();
        http.get("/api/changes?limit=500").json().get("items").forEach(c -> all.add(c.get("explanation").asText()));
        assertThat(all).containsExactly(
                "RUS on ceasefire: against (2025-03-18, event bbc-0319#1) -> for (2025-03-18, event ifx-0319#1)");
        assertThat(http.get("/api/changes?until=2025-03-18").json().get("items").size()).isEqualTo(1);
        assertThat(http.get("/api/changes?since=2025-03-19").json().get("items").size()).isZero();
        assertThat(http.get("/api/changes?issue=prisoners").json().get("items").size()).isZero();
    }

    @Test
    void findsOutletsThatGiveDifferentNumbersOfPrisoners() {
        JsonNode page = http.get("/api/disagreements").json();
        assertThat(page.get("items").size()).isEqualTo(1);
        JsonNode difference = page.get("items").get(0).get("differences").get(0);
        assertThat(difference.get("kind").asText()).isEqualTo("number");
        assertThat(difference.get("subject").asText()).isEqualTo("prisoners");
        JsonNode claims = difference.get("claims");
        assertThat(claims.get(0).get("value").asText()).isEqualTo("1000");
        assertThat(claims.get(0).get("outlets").toString()).contains("aljazeera.com");
        assertThat(claims.get(1).get("value").asText()).isEqualTo("1200");
        assertThat(claims.get(1).get("outlets").toString()).contains("kyivpost.com");
        assertThat(claims.get(1).get("reports").get(0).get("evidence").asText()).contains("1,200 prisoners");
        assertThat(claims.get(1).get("reports").get(0).get("title").asText()).isEqualTo("Prisoner swap agreed");
        assertThat(http.get("/api/disagreements?actor=ISR").json().get("items").size()).isZero();
    }

    @Test
    void exportsWhatAPageShowsAsCsvAndParquet(@TempDir Path out) throws Exception {
        Http.Answer csv = http.get("/api/export/events?format=csv&actor=RUS");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().headers().firstValue("Content-Disposition").orElseThrow()).contains("parley-events.csv");
        int events = http.get("/api/events?actor=RUS&limit=500").json().get("items").size();
        try (var duck = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
            Path csvFile = java.nio.file.Files.writeString(out.resolve("events.csv"), csv.body());
            assertThat(count(duck, "read_csv('" + csvFile + "', header = true)")).isEqualTo(events).isPositive();
            Path positions = download("/api/export/positions?format=parquet&date=2025-03-14", out.resolve("p.parquet"));
            int shown = http.get("/api/positions?date=2025-03-14&limit=500").json().get("items").size();
            assertThat(count(duck, "'" + positions + "'")).isEqualTo(shown).isPositive();
            assertThat(count(duck, "'" + positions + "' WHERE actor = 'RUS' AND issue = 'ceasefire' AND stance = 'against'"))
                    .isEqualTo(1);
            Path timeline = download("/api/export/timeline?format=parquet&conflict=ISR,HAMAS", out.resolve("t.parquet"));
            assertThat(count(duck, "'" + timeline + "'")).isEqualTo(1);
            // The events of a conflict, as the events page and the timeline's events link ask for them.
            int between = http.get("/api/events?conflict=ISR,HAMAS&limit=500").json().get("items").size();
            Path conflictEvents = download("/api/export/events?format=parquet&conflict=ISR,HAMAS", out.resolve("e.parquet"));
            assertThat(count(duck, "'" + conflictEvents + "'")).isEqualTo(between).isPositive()
                    .isLessThan(http.get("/api/events?limit=500").json().get("items").size());
        }
    }

    @Test
    void listsTheEventsOfAConflictInEitherRole() {
        JsonNode events = http.get("/api/events?conflict=HAMAS,ISR").json();
        assertThat(events.get("items").size()).isPositive();
        events.get("items").forEach(event -> {
            String codes = event.get("actor").toString() + event.get("recipient").toString();
            assertThat(codes).contains("\"ISR\"", "\"HAMAS\"");
        });
        JsonNode page = http.get("/api/events?conflict=ISR,HAMAS&limit=1").json();
        String cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        if (cursor != null) {
            assertThat(http.raw("/api/events?conflict=ISR,HAMAS&limit=1&cursor=" + cursor).status()).isEqualTo(200);
            assertThat(http.raw("/api/events?limit=1&cursor=" + cursor).status()).isEqualTo(400);
        }
    }

    private static long count(java.sql.Connection duck, String from) throws java.sql.SQLException {
        try (var statement = duck.createStatement(); var rows = statement.executeQuery("SELECT count(*) FROM " + from)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Path download(String path, Path file) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofFile(file));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/vnd.apache.parquet");
        return file;
    }

    @Test
    void servesThePagesAndTheirLibraries() {
        Http.Answer page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Timeline");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy")).isPresent();
        for (String path : List.of("/events.html", "/js/events.js", "/positions.html", "/changes.html", "/contradictions.html", "/network.html", "/incident.html", "/search.html",
                "/article.html", "/js/api.js", "/webjars/echarts/5.5.0/echarts.min.js",
                "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")) {
            assertThat(http.get(path).status()).as(path).isEqualTo(200);
        }
    }
}
