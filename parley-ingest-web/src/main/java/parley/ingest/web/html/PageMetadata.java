package parley.ingest.web.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import parley.core.json.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its markup.
 *
 * @param title        headline: og:title, twitter:title, {@code <title>}, or the first {@code <h1>}; null when none
 * @param published    publication date from meta tags, JSON-LD {@code datePublished}, {@code <time datetime>},
 *                     or the address (in that order); null when none
 * @param canonicalUrl {@code <link rel=canonical>}, og:url, or the address the page was read from; null when none
 * @param source       og:site_name, else the host of the canonical URL without {@code www.}; null when none
 * @param lang         ISO 639-1 code from {@code <html lang>}, Content-Language or og:locale; null when none
 */
public record PageMetadata(String title, LocalDate published, String canonicalUrl, String source, String lang) {
    /** Meta tags that carry the publication date, most specific first. */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[property=article:published]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=parsely-pub-date]",
            "meta[name=sailthru.date]", "meta[name=DC.date.issued]", "meta[name=DC.date]",
            "meta[name=dcterms.date]", "meta[name=date]");
    private static final int MAX_JSON_LD_CHARS = 1_000_000;

    /** Reads the metadata of {@code page}, which was read from {@code url} (may be null). */
    public static PageMetadata of(Document page, String url) {
        String canonical = canonical(page, url);
        return new PageMetadata(title(page), published(page, canonical, url), canonical, source(page, canonical),
                lang(page));
    }

    private static String title(Document page) {
        for (String query : List.of("meta[property=og:title]", "meta[name=twitter:title]")) {
            String value = content(page, query);
            if (value != null) {
                return value;
            }
        }
        String title = clean(page.title());
        if (title != null) {
            return title;
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : clean(h1.text());
    }

    private static LocalDate published(Document page, String canonical, String url) {
        for (String query : DATE_META) {
            LocalDate date = DateValues.parse(content(page, query));
            if (date != null) {
                return date;
            }
        }
        LocalDate jsonLd = jsonLdDate(page);
        if (jsonLd != null) {
            return jsonLd;
        }
        for (String query : List.of("time[pubdate][datetime]", "time[itemprop=datePublished][datetime]", "time[datetime]")) {
            Element time = page.selectFirst(query);
            LocalDate date = time == null ? null : DateValues.parse(time.attr("datetime"));
            if (date != null) {
                return date;
            }
        }
        LocalDate fromUrl = DateValues.fromUrl(canonical);
        return fromUrl != null ? fromUrl : DateValues.fromUrl(url);
    }

    /**
     * A date shown on the page in an element named as a date ({@code class="dateline"}, {@code
     * id="publish-time"}...): the visible date line that pages without date markup still have.
     */
    static LocalDate visibleDate(Document page) {
        for (Element element : page.select("[class~=(?i)date|time|publish], [id~=(?i)date|time|publish]")) {
            String text = element.text();
            if (text.length() <= 100) {
                LocalDate date = DateValues.parse(text);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** The first {@code datePublished} in any JSON-LD block, searched without recursion. */
    private static LocalDate jsonLdDate(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            JsonNode root;
            try {
                root = Json.mapper().readTree(json);
            } catch (Exception e) {
                continue; // broken JSON-LD is common and says nothing about the article
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            if (root != null) {
                todo.add(root);
            }
            while (!todo.isEmpty()) {
                JsonNode node = todo.poll();
                JsonNode value = node.get("datePublished");
                if (value != null && value.isTextual()) {
                    LocalDate date = DateValues.parse(value.asText());
                    if (date != null) {
                        return date;
                    }
                }
                if (node.isContainerNode()) {
                    node.forEach(todo::add);
                }
            }
        }
        return null;
    }

    private static String canonical(Document page, String url) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        String canonical = link == null ? null : web(link.absUrl("href"));
        if (canonical == null && link != null) {
            canonical = web(link.attr("href"));
        }
        if (canonical == null) {
            canonical = web(content(page, "meta[property=og:url]"));
        }
        return canonical != null ? canonical : web(url);
    }

    private static String source(Document page, String canonical) {
        String site = content(page, "meta[property=og:site_name]");
        if (site != null) {
            return site;
        }
        if (canonical == null) {
            return null;
        }
        try {
            String host = URI.create(canonical).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String lang(Document page) {
        Element html = page.selectFirst("html");
        String lang = html == null ? null : language(html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang"));
        if (lang == null) {
            lang = language(content(page, "meta[http-equiv=content-language]"));
        }
        return lang != null ? lang : language(content(page, "meta[property=og:locale]"));
    }

    /** The primary subtag of a language tag ("en-GB", "en_US", "EN"), when it is ISO 639-1. */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_,;\\s]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    /** An absolute http(s) URL, or null. */
    private static String web(String url) {
        if (url == null) {
            return null;
        }
        String clean = url.strip();
        String lower = clean.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? clean : null;
    }

    private static String content(Document page, String query) {
        Element meta = page.selectFirst(query);
        return meta == null ? null : clean(meta.attr("content"));
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.strip().replaceAll("\\s+", " ");
        return clean.isEmpty() ? null : clean;
    }
}
