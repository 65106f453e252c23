package parley.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import parley.core.store.Conflict;
import parley.core.store.Filter;
import parley.model.EventType;
import parley.model.Issues;

/**
 * The query parameters of one request, checked against what the endpoint takes: an unknown or
 * repeated parameter, a malformed date, an unknown type or issue, a limit out of range are all
 * answered with 400 naming the parameter, so a typo ({@code acter=RUS}) never silently means "all".
 */
final class Params {
    /** The filters every list endpoint takes. */
    static final Set<String> FILTERS = Set.of("actor", "type", "issue", "since", "until");
    /** Paging parameters of every list endpoint. */
    static final Set<String> PAGING = Set.of("limit", "cursor");
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,39}");

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * The parameters of {@code ctx}.
     *
     * @throws ApiError 400 when a parameter is not one of {@code allowed} or is given twice
     */
    static Params of(Context ctx, Set<String> allowed) {
        checkEncoding(ctx.queryString());
        Map<String, List<String>> values = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw ApiError.badParameter(entry.getKey(), "unknown parameter '" + entry.getKey()
                        + "'; this endpoint takes " + new TreeSet<>(allowed));
            }
            if (entry.getValue().size() > 1) {
                throw ApiError.badParameter(entry.getKey(), "parameter '" + entry.getKey()
                        + "' is given more than once; give several values comma-separated");
            }
        }
        return new Params(values);
    }

    /**
     * A '%' not followed by two hex digits makes the decoder drop the parameter silently; that
     * must be a 400 naming it, not a query without that filter.
     */
    private static void checkEncoding(String query) {
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            if (BAD_ESCAPE.matcher(pair).find()) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                throw ApiError.badParameter(BAD_ESCAPE.matcher(name).find() ? null : name,
                        "malformed percent-encoding in the query: '" + pair + "'");
            }
        }
    }

    /** The parameters every list endpoint takes plus {@code extra}. */
    static Set<String> listParameters(String... extra) {
        Set<String> all = new TreeSet<>(FILTERS);
        all.addAll(PAGING);
        all.addAll(List.of(extra));
        return Set.copyOf(all);
    }

    /** The value, blank treated as absent, or null. */
    String single(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty() || list.get(0).isBlank()) {
            return null;
        }
        return list.get(0).trim();
    }

    /** A value that must be present. */
    String required(String name) {
        String value = single(name);
        if (value == null) {
            throw ApiError.badParameter(name, "parameter '" + name + "' is required");
        }
        return value;
    }

    /** Comma-separated values, trimmed, blanks dropped, in order, without repeats. */
    List<String> list(String name) {
        String value = single(name);
        if (value == null) {
            return List.of();
        }
        Set<String> parts = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return List.copyOf(parts);
    }

    /** An ISO day ({@code 2025-05-21}), or null when absent. */
    LocalDate date(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(name, "parameter '" + name + "' must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    /** The page size: {@value #DEFAULT_LIMIT} when absent, 1 to {@value #MAX_LIMIT}. */
    int limit() {
        String value = single("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiError.badParameter("limit", "limit must be a whole number from 1 to " + MAX_LIMIT
                    + ", got '" + value + "'");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.badParameter("limit", "limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }

    /** Actor codes, upper-cased. */
    Set<String> actors(String name) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : list(name)) {
            String code = value.toUpperCase(Locale.ROOT);
            if (!ACTOR_CODE.matcher(code).matches()) {
                throw ApiError.badParameter(name, "'" + value + "' is not an actor code (letters, digits, '_', '.', '-')");
            }
            codes.add(code);
        }
        return codes;
    }

    /** The pair of actor codes of {@code conflict} ({@link Conflict}), or empty when absent. */
    Set<String> conflict() {
        Set<String> codes = actors("conflict");
        try {
            return Conflict.check(codes);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("conflict", "conflict must name two different actor codes, e.g. RUS,UKR; got "
                    + codes);
        }
    }

    /** The filters {@code actor}, {@code type}, {@code issue}, {@code since}, {@code until}. */
    Filter filters() {
        Set<EventType> types = new LinkedHashSet<>();
        for (String value : list("type")) {
            types.add(type(value));
        }
        Set<String> issues = new LinkedHashSet<>();
        for (String value : list("issue")) {
            String issue = value.toLowerCase(Locale.ROOT);
            if (!Issues.isKnown(issue)) {
                throw ApiError.badParameter("issue", "unknown issue '" + value + "', expected one of " + Issues.ALL);
            }
            issues.add(issue);
        }
        LocalDate since = date("since");
        LocalDate until = date("until");
        if (since != null && until != null && until.isBefore(since)) {
            throw ApiError.badParameter("until", "until " + until + " is before since " + since);
        }
        return new Filter(actors("actor"), types, issues, since, until);
    }

    private static EventType type(String value) {
        try {
            return EventType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("type", "unknown type '" + value + "', expected one of "
                    + new ArrayList<>(List.of(EventType.values())));
        }
    }
}
