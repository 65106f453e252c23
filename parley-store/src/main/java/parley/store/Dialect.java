package parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What differs between the two databases the store runs on. The SQL itself is written once (it
 * reads the same on both); what differs is how text is kept and how errors are told apart.
 */
enum Dialect {
    /** H2 2.x, embedded: a VARCHAR holds any Java string exactly. */
    H2,
    /**
     * PostgreSQL 15: text cannot hold U+0000, and the driver turns a lone surrogate into '?'. Such
     * strings are escaped on the way in and restored on the way out ({@link #toDatabase}), so that
     * the store returns exactly what was saved on both databases.
     */
    POSTGRESQL;

    /** Private-use character that starts an escape; itself escaped as two of it. */
    private static final char ESCAPE = '\uE000';

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new SQLException("Parley keeps its workspace in H2 or PostgreSQL, not in " + product);
    }

    /** Whether the exception says a unique or primary key was violated (SQLSTATE 23505 on both). */
    static boolean isDuplicateKey(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The text as stored: unchanged on H2; escaped where PostgreSQL cannot keep it. */
    String toDatabase(String text) {
        if (this == H2 || text == null || !needsEscape(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE) {
                out.append(ESCAPE).append(ESCAPE);
            } else if (c == '\u0000') {
                out.append(ESCAPE).append('0');
            } else if (Character.isSurrogate(c) && !pairedAt(text, i)) {
                out.append(ESCAPE).append('u').append(String.format(Locale.ROOT, "%04x", (int) c));
            } else if (Character.isHighSurrogate(c)) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text as saved, from what {@link #toDatabase} stored. */
    String fromDatabase(String stored) {
        if (this == H2 || stored == null || stored.indexOf(ESCAPE) < 0) {
            return stored;
        }
        StringBuilder out = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c != ESCAPE || i + 1 >= stored.length()) {
                out.append(c);
                continue;
            }
            char kind = stored.charAt(++i);
            if (kind == ESCAPE) {
                out.append(ESCAPE);
            } else if (kind == '0') {
                out.append('\u0000');
            } else if (kind == 'u' && i + 4 < stored.length()) {
                out.append((char) Integer.parseInt(stored.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(c).append(kind);
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || c == ESCAPE) {
                return true;
            }
            if (Character.isSurrogate(c)) {
                if (!pairedAt(text, i)) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /** Whether the surrogate at {@code i} is the high half of a valid pair. */
    private static boolean pairedAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
