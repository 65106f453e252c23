package parley.ingest.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates news pages around a text: a site header with navigation, the article with its
 * headline, byline and date, a sidebar of related headlines, comments and a footer; the shape of
 * real pages, written from scratch.
 */
public final class Pages {
    private String lang = "en";
    private String site = "Daily Ledger";
    private String title = "Talks resume in Istanbul";
    private String canonical = "https://www.dailyledger.example/world/2025/05/16/talks-resume";
    private final Map<String, String> meta = new LinkedHashMap<>();
    private String headExtra = "";
    private String byline = "By Ana Petrova";
    private String visibleDate = null;
    private List<String> paragraphs = List.of();
    private boolean withChrome = true;

    public static Pages page(List<String> paragraphs) {
        Pages pages = new Pages();
        pages.paragraphs = List.copyOf(paragraphs);
        pages.meta.put("property=\"article:published_time\"", "2025-05-16T09:30:00+03:00");
        return pages;
    }

    public Pages lang(String value) {
        lang = value;
        return this;
    }

    public Pages site(String value) {
        site = value;
        return this;
    }

    public Pages title(String value) {
        title = value;
        return this;
    }

    public Pages canonical(String value) {
        canonical = value;
        return this;
    }

    public Pages noMeta() {
        meta.clear();
        return this;
    }

    public Pages meta(String attribute, String content) {
        meta.put(attribute, content);
        return this;
    }

    public Pages head(String html) {
        headExtra += html;
        return this;
    }

    public Pages byline(String value) {
        byline = value;
        return this;
    }

    public Pages visibleDate(String value) {
        visibleDate = value;
        return this;
    }

    public Pages noChrome() {
        withChrome = false;
        return this;
    }

    public String html() {
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html").append(lang == null ? "" : " lang=\"" + lang + "\"").append(">\n<head>\n");
        out.append("<meta charset=\"utf-8\">\n<title>").append(title).append(" | ").append(site).append("</title>\n");
        if (site != null) {
            out.append("<meta property=\"og:site_name\" content=\"").append(site).append("\">\n");
        }
        out.append("<meta property=\"og:title\" content=\"").append(title).append("\">\n");
        for (Map.Entry<String, String> entry : meta.entrySet()) {
            out.append("<meta ").append(entry.getKey()).append(" content=\"").append(entry.getValue()).append("\">\n");
        }
        if (canonical != null) {
            out.append("<link rel=\"canonical\" href=\"").append(canonical).append("\">\n");
        }
        out.append("<script>window.analytics = {page: 'article', id: 12345};</script>\n");
        out.append("<style>body { font-family: serif; } .nav a { margin: 0 4px; }</style>\n");
        out.append(headExtra).append("</head>\n<body>\n");
        if (withChrome) {
            out.append("<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">").append(site)
                    .append("</a></div>\n<nav class=\"nav\"><ul>");
            for (String section : List.of("World", "Politics", "Business", "Opinion", "Sport", "Culture", "Science", "Video")) {
                out.append("<li><a href=\"/").append(section.toLowerCase(java.util.Locale.ROOT)).append("\">")
                        .append(section).append("</a></li>");
            }
            out.append("</ul></nav>\n<div class=\"subscribe\"><a href=\"/subscribe\">Subscribe for 1 euro a month</a></div></header>\n");
        }
        out.append("<main><article class=\"story\">\n<h1 class=\"headline\">").append(title).append("</h1>\n");
        out.append("<div class=\"byline\"><span class=\"author\">").append(byline).append("</span>");
        if (visibleDate != null) {
            out.append("</div>\n<div class=\"dateline\">").append(visibleDate);
        }
        out.append("</div>\n<div class=\"story-body\">\n");
        for (String paragraph : paragraphs) {
            out.append("<p>").append(paragraph).append("</p>\n");
        }
        out.append("</div>\n</article>\n");
        if (withChrome) {
            out.append("<aside class=\"related\"><h3>Most read</h3><ul>");
            for (String related : List.of("Markets slide as oil prices jump", "Heatwave grips southern Europe",
                    "Ten recipes for the long weekend", "Football: cup final tickets sold out in minutes")) {
                out.append("<li><a href=\"/related/").append(related.hashCode() & 0xffff).append("\">").append(related)
                        .append("</a></li>");
            }
            out.append("</ul></aside>\n<section class=\"comments\"><h3>Comments (3)</h3>"
                    + "<div class=\"comment\"><a href=\"/u/1\">reader42</a> Great piece.</div>"
                    + "<div class=\"comment\"><a href=\"/u/2\">marco</a> Who pays for all this?</div></section>\n");
        }
        out.append("</main>\n");
        if (withChrome) {
            out.append("<footer><p><a href=\"/about\">About us</a> | <a href=\"/privacy\">Privacy</a> | "
                    + "<a href=\"/contact\">Contact</a></p><p>Copyright 2025 ").append(site).append(". All rights reserved.</p></footer>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /**
     * A page of {@code paragraphs} paragraphs recombined from the stories' sentences, different for
     * every {@code seed}: bulk input for the benchmarks.
     */
    public static String generated(long seed, int paragraphs) {
        Random random = new Random(seed);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            List<String> story = Stories.ALL.get(random.nextInt(Stories.ALL.size()));
            String a = story.get(random.nextInt(story.size()));
            String b = story.get(random.nextInt(story.size()));
            chosen.add(a + " " + b + " (Report " + seed + "-" + i + ".)");
        }
        return page(chosen).title("Report number " + seed)
                .canonical("https://www.dailyledger.example/world/2025/05/16/report-" + seed).html();
    }
}
