package parley.search;

import java.util.Locale;

/** What a search hit is. */
public enum SearchKind {
    ARTICLE, EVENT, QUOTE;

    /** The lower-case name used in the index and in URLs: {@code article}, {@code event}, {@code quote}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind named by {@code id}, in any case.
     *
     * @throws IllegalArgumentException naming the value when it is no kind
     */
    public static SearchKind fromId(String id) {
        for (SearchKind kind : values()) {
            if (kind.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown search kind '" + id + "', expected article, event or quote");
    }
}
