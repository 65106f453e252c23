package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import parley.search.SearchIndex;
import parley.server.IndexSync;
import parley.server.ParleyServer;
import parley.server.ServerConfig;
import parley.store.JdbcEventStore;

/**
 * Every page of the workbench in Debian's Chromium: it loads with no console error, shows the
 * workspace's data, and a filter changes what is shown. Screenshots go to
 * {@code target/screenshots/<workspace>-<page>.png}. Subclasses say which workspace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PagesContract {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    private JdbcEventStore store;
    private SearchIndex index;
    private ParleyServer server;
    private Playwright playwright;
    private Browser browser;
    private String base;
    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    /** Fills the (empty) workspace in {@code data}. */
    abstract void buildWorkspace(Path data) throws Exception;

    /** A name for the screenshots. */
    abstract String name();

    private void startOnce() throws Exception {
        if (server != null) {
            return;
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian chromium is not installed at " + CHROMIUM);
        Path data = Files.createTempDirectory("parley-ui-" + name());
        buildWorkspace(data);
        store = JdbcEventStore.open(data);
        index = SearchIndex.open(data.resolve("search"));
        IndexSync.ensureCurrent(store, index);
        server = new ParleyServer(store, index, ServerConfig.readOnly());
        base = "http://127.0.0.1:" + server.start(0) + "/";
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @BeforeEach
    void openPage() throws Exception {
        startOnce();
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        consoleErrors.clear();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add("page error: " + error));
        page.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
        assertThat(consoleErrors).as("console errors").isEmpty();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.stop();
            index.close();
            store.close();
        }
    }

    private void screenshot(String what) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name() + "-" + what + ".png")).setFullPage(true));
    }

    private static int firstNumber(String text) {
        Matcher matcher = NUMBER.matcher(text);
        assertThat(matcher.find()).as("a number in '" + text + "'").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private String waitForText(String selector, String regex) {
        Locator locator = page.locator(selector);
        page.waitForFunction("([s, r]) => new RegExp(r).test(document.querySelector(s)?.textContent || '')",
                List.of(selector, regex));
        return locator.textContent();
    }

    /** Clicks the point an ECharts chart draws for a data value (a real mouse click on the canvas). */
    private void clickChartValue(String selector, Object value) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) page.evaluate("([s, v]) => echarts.getInstanceByDom(document.querySelector(s))"
                + ".convertToPixel({seriesIndex: 0}, v)", List.of(selector, value));
        var box = page.locator(selector).boundingBox();
        page.mouse().click(box.x + xy.get(0).doubleValue(), box.y + xy.get(1).doubleValue());
    }

    @Test
    void timelineShowsIncidentsAndTheActorFilterNarrowsThem() throws Exception {
        page.navigate(base);
        String all = waitForText("#timeline-count", "^\\d+ incidents$");
        int total = firstNumber(all);
        assertThat(total).isPositive();
        assertThat(page.locator("#chart canvas").count()).isPositive();
        assertThat(page.locator("#incidents tbody tr").count()).isEqualTo(Math.min(total, 200));
        screenshot("timeline");

        String actor = "RUS";
        page.locator("#actor").selectOption(actor);
        String filtered = waitForText("#timeline-count", "\\(filtered\\)");
        int narrowed = firstNumber(filtered);
        assertThat(narrowed).isPositive().isLessThan(total);
        for (String who : page.locator("#incidents tbody tr td:nth-child(3)").allTextContents()) {
            assertThat(who).contains(actor);
        }
        assertThat(page.url()).contains("actor=RUS");
        assertThat(page.locator("#export-timeline-csv").getAttribute("href")).contains("actor=RUS").contains("format=csv");
        var csv = page.request().get(base + page.locator("#export-timeline-csv").getAttribute("href").substring(1));
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.text()).startsWith("id,");
        var parquet = page.request().get(base + page.locator("#export-events-parquet").getAttribute("href").substring(1));
        assertThat(parquet.status()).isEqualTo(200);
        assertThat(new String(parquet.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        screenshot("timeline-filtered");

        // A conflict narrows the incidents and the events their export links write.
        page.locator("#actor").selectOption("");
        String conflict = page.locator("#conflict option").nth(1).getAttribute("value");
        page.locator("#conflict").selectOption(conflict);
        page.waitForFunction("() => { const p = new URLSearchParams(location.search);"
                + " return p.get('conflict') !== null && p.get('actor') === null; }");
        waitForText("#timeline-count", "\\(filtered\\)");
        String events = page.locator("#export-events-csv").getAttribute("href");
        assertThat(events).contains("conflict=" + conflict.replace(",", "%2C"));
        var between = page.request().get(base + "api/events?limit=500&conflict=" + conflict);
        int expected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(between.text()).get("items").size();
        assertThat(rowsOf(clickDownload("#export-events-csv"))).isEqualTo(expected).isPositive();
        // The same events one by one on the events page.
        page.locator("#events-link").click();
        waitForText("#events-count", "\\(filtered\\)");
        assertThat(page.locator("#conflict").inputValue()).isEqualTo(conflict);
        assertThat(page.locator("#events tbody tr[data-id]").count()).isEqualTo(Math.min(expected, 50));
    }

    /** The file an export link downloads when clicked, saved under target/downloads. */
    private Path clickDownload(String selector) throws Exception {
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator(selector).click());
        assertThat(download.failure()).as(selector).isNull();
        Path dir = Files.createDirectories(Path.of("target", "downloads"));
        Path file = dir.resolve(name() + "-" + download.suggestedFilename());
        download.saveAs(file);
        return file;
    }

    /** Rows of a downloaded CSV or Parquet file, read by DuckDB. */
    private static long rowsOf(Path file) throws Exception {
        String from = file.toString().endsWith(".csv") ? "read_csv('" + file.toAbsolutePath() + "', header = true)"
                : "read_parquet('" + file.toAbsolutePath() + "')";
        try (var duck = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             var statement = duck.createStatement(); var rows = statement.executeQuery("SELECT count(*) FROM " + from)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> shownEventIds() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.locator("#events tbody tr[data-id]").evaluateAll("rows => rows.map(r => r.dataset.id)");
        return ids;
    }

    @Test
    void eventsPageShowsPagesOfEventsFiltersThemAndExportsWhatIsShown() throws Exception {
        page.navigate(base + "events.html");
        String first = waitForText("#events-count", "^(\\d+ events|Events 1–\\d+, more on the next pages)$");
        List<String> firstPage = shownEventIds();
        assertThat(firstPage).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        assertThat(page.locator("#events tbody td.evidence a").first().getAttribute("href")).startsWith("article.html?id=")
                .contains("&event=");
        assertThat(page.locator("#events tbody td.evidence").first().textContent()).isNotBlank();
        assertThat(page.locator("header nav a.active").textContent()).isEqualTo("Events");
        screenshot("events");

        if (first.startsWith("Events")) {
            // The API's cursors: the next page starts after this one, and Previous comes back to it.
            page.locator("#next").click();
            waitForText("#events-count", "^Events 51–");
            assertThat(shownEventIds()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
            page.locator("#previous").click();
            waitForText("#events-count", "^Events 1–");
            assertThat(shownEventIds()).isEqualTo(firstPage);
        }

        // One actor's events on one page: the table, the CSV and the Parquet file hold the same rows.
        page.locator("#limit").selectOption("500");
        page.locator("#actor").selectOption("RUS");
        String russia = waitForText("#events-count", "^\\d+ events \\(filtered\\)$");
        int shown = firstNumber(russia);
        assertThat(shown).isPositive().isEqualTo(page.locator("#events tbody tr[data-id]").count());
        for (String who : page.locator("#events tbody td.who").allTextContents()) {
            assertThat(who.split("→")[0]).contains("RUS");
        }
        assertThat(page.url()).contains("actor=RUS");
        assertThat(page.locator("#export-events-csv").getAttribute("href")).contains("actor=RUS");
        assertThat(rowsOf(clickDownload("#export-events-csv"))).isEqualTo(shown);
        assertThat(rowsOf(clickDownload("#export-events-parquet"))).isEqualTo(shown);

        // A conflict: both actors among each event's actors and recipients, in either role.
        page.locator("#actor").selectOption("");
        String conflict = page.locator("#conflict option").nth(1).getAttribute("value");
        page.locator("#conflict").selectOption(conflict);
        // The count still reads "(filtered)" from the actor filter until the conflict's answer is
        // shown; the address takes the conflict in the same step as the table.
        page.waitForFunction("() => { const p = new URLSearchParams(location.search);"
                + " return p.get('conflict') !== null && p.get('actor') === null; }");
        String between = waitForText("#events-count", "^(\\d+ events|Events 1–\\d+.*) \\(filtered\\)");
        assertThat(page.locator("#events tbody tr[data-id]").count()).isPositive();
        for (String who : page.locator("#events tbody td.who").allTextContents()) {
            assertThat(who).contains(conflict.split(","));
        }
        if (between.matches("^\\d+ events.*")) {
            assertThat(rowsOf(clickDownload("#export-events-parquet"))).isEqualTo(firstNumber(between));
        }
        String type = page.locator("#events tbody td .badge").first().textContent();
        page.locator("#type").selectOption(type);
        page.waitForFunction("() => new URLSearchParams(location.search).get('type') !== null");
        waitForText("#events-count", "\\(filtered\\)");
        assertThat(page.locator("#events tbody td .badge").allTextContents()).isNotEmpty().containsOnly(type);
        assertThat(page.locator("#export-events-parquet").getAttribute("href")).contains("type=" + type)
                .contains("conflict=" + conflict.replace(",", "%2C"));
        screenshot("events-filtered");
    }

    @Test
    void positionsShowAHeatmapThatFollowsTheDateAndAHistoryOnClick() throws Exception {
        page.navigate(base + "positions.html");
        int latest = firstNumber(waitForText("#positions-count", "positions of \\d+ actors \\(latest\\)"));
        assertThat(latest).isPositive();
        assertThat(page.locator("#heatmap canvas").count()).isPositive();

        // Click the first cell the chart holds; its history appears below.
        @SuppressWarnings("unchecked")
        List<Number> cell = (List<Number>) page.evaluate("() => echarts.getInstanceByDom(document.querySelector('#heatmap'))"
                + ".getOption().series[0].data[0].value");
        clickChartValue("#heatmap", List.of(cell.get(0), cell.get(1)));
        waitForText("#history-title", " on ");
        page.locator("#changes li").first().waitFor();
        screenshot("positions");

        page.locator("#date").fill(earlyDate());
        page.locator("#date").dispatchEvent("change");
        String asOf = waitForText("#positions-count", "as of " + earlyDate());
        assertThat(firstNumber(asOf)).isLessThan(latest);
        screenshot("positions-dated");
    }

    @SuppressWarnings("unchecked")
    private List<String> heatmapRowLabels() {
        return (List<String>) page.evaluate("() => { const c = echarts.getInstanceByDom(document.querySelector('#heatmap'));"
                + " const y = c.getOption().yAxis[0]; return y.data.map(code => y.axisLabel.formatter(code)); }");
    }

    @Test
    void positionsLabelEveryRowSortTheRowsSlideThroughTimeAndLinkACellToItsChanges() throws Exception {
        page.navigate(base + "positions.html");
        String counted = waitForText("#positions-count", "positions of \\d+ actors \\(latest\\)");
        int positions = firstNumber(counted);
        int actors = Integer.parseInt(counted.replaceAll(".* of (\\d+) actors.*", "$1"));
        // Every row is drawn with a label (ECharts would hide some when they crowd), name and code.
        Number drawn = (Number) page.evaluate("() => echarts.getInstanceByDom(document.querySelector('#heatmap'))"
                + ".getModel().getComponent('yAxis', 0).axis.getViewLabels().length");
        assertThat(drawn.intValue()).isEqualTo(actors);
        List<String> labels = heatmapRowLabels();
        assertThat(labels).hasSize(actors).allMatch(label -> label.matches("(.+ \\()?[A-Z0-9_.-]+\\)?"));
        assertThat(labels).anyMatch(label -> label.endsWith(")"));

        page.locator("#sort").selectOption("positions");
        page.waitForFunction("() => document.querySelector('#sort').value === 'positions'");
        @SuppressWarnings("unchecked")
        List<String> top = (List<String>) page.evaluate("() => { const c = echarts.getInstanceByDom(document.querySelector('#heatmap'));"
                + " const o = c.getOption(); const rows = o.yAxis[0].data; const n = {};"
                + " o.series[0].data.forEach(d => { const a = rows[d.value[1]]; n[a] = (n[a] || 0) + 1; });"
                + " const first = rows[rows.length - 1]; return [String(n[first]), String(Math.max(...Object.values(n)))]; }");
        assertThat(top.get(0)).isEqualTo(top.get(1));
        screenshot("positions-sorted");

        // The slider at its first day: fewer positions, the date field follows.
        page.evaluate("() => { const s = document.querySelector('#date-slider'); s.value = s.min;"
                + " s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change')); }");
        String early = waitForText("#positions-count", "as of \\d{4}-\\d{2}-\\d{2}");
        assertThat(firstNumber(early)).isLessThan(positions);
        assertThat(page.locator("#date").inputValue()).isNotBlank();
        assertThat(page.locator("#export-positions-csv").getAttribute("href")).contains("date=" + page.locator("#date").inputValue());
        var csv = page.request().get(base + page.locator("#export-positions-csv").getAttribute("href").substring(1));
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.text()).startsWith("actor,");
        screenshot("positions-slider");

        page.locator("#latest").click();
        waitForText("#positions-count", "\\(latest\\)");
        @SuppressWarnings("unchecked")
        List<Number> cell = (List<Number>) page.evaluate("() => echarts.getInstanceByDom(document.querySelector('#heatmap'))"
                + ".getOption().series[0].data[0].value");
        clickChartValue("#heatmap", List.of(cell.get(0), cell.get(1)));
        page.locator("#changes-link:not([hidden])").waitFor();
        String href = page.locator("#changes-link").getAttribute("href");
        assertThat(href).startsWith("changes.html?actor=").contains("&issue=");
        String actor = href.replaceAll(".*actor=([^&]+).*", "$1");
        page.locator("#changes-link").click();
        waitForText("#changes-count", "changes of stance \\(filtered\\)");
        assertThat(page.locator("#actor").inputValue()).isEqualTo(actor);
        for (String who : page.locator("#changes-table tbody td.actor").allTextContents()) {
            assertThat(who).contains(actor);
        }
    }

    @Test
    void changesListEachChangeOfStanceAndTheFiltersNarrowThem() throws Exception {
        page.navigate(base + "changes.html");
        int total = firstNumber(waitForText("#changes-count", "^\\d+ changes of stance$"));
        assertThat(total).isPositive();
        assertThat(page.locator("#changes-table tbody tr").count()).isEqualTo(total);
        assertThat(page.locator("#changes-table tbody td.evidence a").first().textContent()).isNotBlank();
        screenshot("changes");

        page.locator("#actor").selectOption("RUS");
        int russia = firstNumber(waitForText("#changes-count", "\\(filtered\\)"));
        assertThat(russia).isPositive().isLessThanOrEqualTo(total);
        for (String who : page.locator("#changes-table tbody td.actor").allTextContents()) {
            assertThat(who).contains("RUS");
        }
        page.locator("#until").fill(earlyDate());
        page.locator("#until").dispatchEvent("change");
        page.waitForFunction("n => !document.querySelector('#changes-count').textContent.startsWith(n + ' ')", russia);
        int early = firstNumber(page.locator("#changes-count").textContent());
        assertThat(early).isLessThan(russia);
        assertThat(page.url()).contains("actor=RUS").contains("until=" + earlyDate());
        screenshot("changes-filtered");
    }

    @Test
    void contradictionsShowDisagreeingReportsSideBySideAndAnIssueFilterNarrowsThem() throws Exception {
        page.navigate(base + "contradictions.html");
        String counted = waitForText("#contradictions-count", "^\\d+ contradictions, \\d+ disagreements$");
        int contradictions = firstNumber(counted);
        int disagreements = Integer.parseInt(counted.replaceAll(".*, (\\d+) disagreements", "$1"));
        assertThat(contradictions + disagreements).isPositive();
        assertThat(page.locator("section.contradiction").count()).isEqualTo(contradictions);
        assertThat(page.locator("section.disagreement").count()).isEqualTo(disagreements);
        assertThat(page.locator("section.contradiction .side-by-side").count()).isEqualTo(contradictions);
        assertThat(page.locator("section.disagreement .side-by-side").count()).isGreaterThanOrEqualTo(disagreements);
        for (Locator side : page.locator("section .side-by-side").all()) {
            assertThat(side.locator(".claim").count()).isGreaterThanOrEqualTo(2);
        }
        assertThat(page.locator("section .claim p").first().textContent()).isNotBlank();
        screenshot("contradictions");

        // An issue that some items are about and others not.
        String issue = (String) page.evaluate("() => { const sets = [...document.querySelectorAll('section[data-issues]')]"
                + ".map(n => n.dataset.issues.split(' ').filter(Boolean)); for (const i of [...new Set(sets.flat())].sort()) {"
                + " if (sets.filter(s => s.includes(i)).length < sets.length) return i; } return null; }");
        assertThat(issue).as("an issue that narrows the list").isNotNull();
        page.locator("#issue").selectOption(issue);
        String filtered = waitForText("#contradictions-count", "\\(filtered\\)");
        int narrowed = firstNumber(filtered) + Integer.parseInt(filtered.replaceAll(".*, (\\d+) disagreements.*", "$1"));
        assertThat(narrowed).isPositive().isLessThan(contradictions + disagreements);
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) page.locator("section[data-issues]").evaluateAll("nodes => nodes.map(n => n.dataset.issues)");
        assertThat(shown).hasSize(narrowed).allMatch(issues -> List.of(issues.split(" ")).contains(issue));
        screenshot("contradictions-filtered");
    }

    /** A day by which only part of the workspace's stances were taken. */
    abstract String earlyDate();

    @Test
    void networkShowsActorsAndTheTypeFilterChangesTheGraph() throws Exception {
        page.navigate(base + "network.html");
        String all = waitForText("#network-count", "^\\d+ actors, \\d+ links");
        assertThat(page.locator("#graph canvas").count()).isPositive();
        assertThat(page.locator("#edges tbody tr").count()).isPositive();
        screenshot("network");

        page.locator("#type").selectOption("REJECT");
        page.waitForFunction("before => document.querySelector('#network-count').textContent !== before", all);
        String rejects = page.locator("#network-count").textContent();
        assertThat(rejects).isNotEqualTo(all);
        for (String types : page.locator("#edges tbody tr td:nth-child(4)").allTextContents()) {
            assertThat(types).startsWith("REJECT");
        }
        screenshot("network-rejections");
    }

    @Test
    void incidentShowsSourcesWithMarkedEvidenceQuotesAndProvenance() throws Exception {
        page.navigate(base);
        waitForText("#timeline-count", "^\\d+ incidents$");
        page.locator("#incidents tbody tr td:nth-child(5) a").first().click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("section.source").first().waitFor();
        assertThat(page.locator(".article-text mark").count()).isPositive();
        String marked = page.locator(".article-text mark").first().textContent();
        assertThat(page.locator("#best-evidence").textContent()).isNotBlank();
        assertThat(marked).isNotBlank();
        assertThat(page.locator("#provenance tbody tr").count()).isPositive();
        assertThat(page.locator("#provenance tbody").textContent()).isNotBlank();
        assertThat(page.locator("#quotes").isVisible()).isTrue();
        screenshot("incident");
    }

    @Test
    void searchShowsSnippetsAndTheKindFilterChangesTheResults() throws Exception {
        page.navigate(base + "search.html?q=ceasefire");
        String all = waitForText("#search-count", "results");
        assertThat(page.locator(".hit").count()).isPositive();
        assertThat(page.locator(".snippet b").count()).isPositive();
        List<String> kinds = page.locator(".hit .badge:first-child").allTextContents();
        screenshot("search");

        page.locator("#kind").selectOption("event");
        page.waitForFunction("() => [...document.querySelectorAll('.hit .badge:first-child')].every(b => b.textContent === 'event')"
                + " && document.querySelectorAll('.hit').length > 0");
        assertThat(page.locator(".hit .badge:first-child").allTextContents()).containsOnly("event");
        assertThat(kinds).isNotEqualTo(page.locator(".hit .badge:first-child").allTextContents());
        assertThat(all).isNotBlank();
        screenshot("search-events");
    }
}
