package parley.core.ingest;

import java.util.List;
import java.util.Set;

/**
 * Wording that news sites use for page furniture, compared with a line's {@link LineShape#key key}
 * (lower case, outer punctuation removed). Kept apart from the shape rules so that a new site's
 * phrase is a one-line change.
 */
final class FurniturePhrases {
    /** Whole lines that are site navigation, sharing and sign-up prompts. */
    static final Set<String> NAVIGATION = Set.of(
            "connect with us", "hi, what are you looking for", "what are you looking for", "search", "menu",
            "home", "skip to content", "skip to main content", "share", "share this", "share this article",
            "share on facebook", "share on twitter", "share on x", "tweet", "print", "email", "e-mail",
            "subscribe", "subscribe now", "sign up", "sign in", "log in", "login", "register", "follow us",
            "icon", "advertisement", "advert", "ad", "sponsored", "sponsored content", "trending", "trending now",
            "most read", "most popular", "ai generated", "listen to this article", "listen", "copy link",
            "this is a developing story", "this is a developing story and is being updated",
            "this story is developing", "breaking news", "news", "latest news", "top stories", "video", "photo",
            "photos", "gallery", "loading", "close", "back to top", "next article", "previous article");

    /** Line beginnings that make the whole line navigation or a prompt. */
    static final List<String> NAVIGATION_PREFIXES = List.of(
            "sign up now", "sign up for", "sign up to", "subscribe to", "follow us on", "follow topic",
            "click here", "tags:", "topics:", "filed under", "share this", "all rights reserved", "copyright ©",
            "© ", "get the latest", "download our app", "join our", "we use cookies");

    /** Lines that introduce a block of links to other articles (the block follows the marker). */
    static final Set<String> RELATED_MARKERS = Set.of(
            "read more", "read also", "also read", "see also", "related", "related articles", "related news",
            "related stories", "related content", "more news", "more on this", "more on this story", "read next",
            "recommended", "more stories", "top stories", "latest stories", "editor's picks", "editors picks");

    /** Prefixes of a single line that links to another article ("Read more: ...", "ALSO READ ..."). */
    static final List<String> RELATED_PREFIXES = List.of(
            "read more:", "read more -", "read also:", "also read:", "read also -", "also read -", "see also:",
            "related:", "watch:", "listen:", "read:", "also read ", "read also ", "read more ");

    /** Lines after which the rest of the page is not article body: bios, comments, link lists. */
    static final Set<String> TAIL_BIO = Set.of("about the author", "about the authors", "about the writer");
    static final Set<String> TAIL_COMMENTS = Set.of(
            "leave a reply", "leave a comment", "post a comment", "comments", "no comments", "add a comment",
            "join the conversation", "show comments");
    static final Set<String> TAIL_RELATED = Set.of(
            "you may also like", "you might also like", "you may be interested in", "you might be interested in",
            "related posts", "recommended for you", "more from this author", "more in this category",
            "don't miss", "popular posts");

    /** Headings that introduce a bullet summary of the article. */
    static final Set<String> SUMMARY_MARKERS = Set.of(
            "in short", "key points", "key takeaways", "highlights", "summary", "at a glance",
            "what you need to know", "follow topic", "story highlights", "quick read");

    /** Words allowed around a date on a date line ("Published on Monday, 12:00 CET"). */
    static final Set<String> DATE_FILLER = Set.of(
            "published", "updated", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m", "utc",
            "gmt", "cet", "cest", "eet", "eest", "msk", "bst", "est", "edt", "cst", "cdt", "pst", "pdt", "ist",
            "kyiv", "time", "min", "mins", "minute", "minutes", "read", "views", "view", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
            "thurs", "fri", "sat", "sun", "date", "and", "ago", "hours", "hour");

    /** Beginnings of a date line: whatever else the line says, its date is the page's own. */
    static final List<String> DATE_PREFIXES = List.of(
            "published", "updated", "last updated", "posted", "date:", "first published");

    private FurniturePhrases() {
    }

    static boolean startsWithAny(String key, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
