package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 5: {@code incident_topics}, one row per actor or recipient code and issue of each
 * incident, in list order, so that a filter on one actor and one issue (the timeline of an actor
 * on an issue) walks exactly the rows it serves instead of every incident of the actor. Filled
 * here from {@code incident_actors} and the incidents' issues, in one pass; the writers keep it
 * with {@code incident_actors} from then on.
 */
final class IncidentTopicsMigration extends StoreMigration {
    /** Incidents read per step of the fill. */
    private static final int STEP = 5000;

    IncidentTopicsMigration() {
        super(5, "incident topics");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        createTable(connection);
        Session s = new Session(connection, Dialect.of(connection));
        if (hasRows(s)) {
            // Version 4 filled it, deriving the incidents of an older workspace.
            return;
        }
        long after = Long.MIN_VALUE;
        while (true) {
            int read = 0;
            try (PreparedStatement select = s.prepare("SELECT i.row_id, i.issues, f.role, f.code, f.type, f.first_day, "
                    + "f.last_day, f.sort_day, f.incident_id FROM incidents i JOIN incident_actors f "
                    + "ON f.incident_row_id = i.row_id WHERE i.row_id > ? AND i.row_id <= ? AND i.issues <> ''");
                 PreparedStatement insert = s.prepare(IncidentRows.INSERT_TOPIC)) {
                long last = lastOfStep(s, after);
                if (last == Long.MIN_VALUE) {
                    return;
                }
                select.setLong(1, after);
                select.setLong(2, last);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        for (String issue : List.of(rows.getString(2).split(","))) {
                            insert.setLong(1, rows.getLong(1));
                            insert.setString(2, rows.getString(3));
                            s.text(insert, 3, s.text(rows, 4));
                            insert.setString(4, issue);
                            insert.setString(5, rows.getString(5));
                            Sql.set(insert, 6, Session.date(rows, "first_day"));
                            Sql.set(insert, 7, Session.date(rows, "last_day"));
                            Sql.set(insert, 8, Session.date(rows, "sort_day"));
                            s.text(insert, 9, s.text(rows, 9));
                            insert.addBatch();
                            read++;
                        }
                    }
                }
                if (read > 0) {
                    insert.executeBatch();
                }
                after = last;
            }
        }
    }

    /** Creates the table and its index when missing (also called by version 4, whose writers fill it). */
    static void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS incident_topics ("
                    + "incident_row_id BIGINT NOT NULL REFERENCES incidents (row_id), "
                    + "role VARCHAR(9) NOT NULL CHECK (role IN ('actor', 'recipient')), "
                    + "code VARCHAR NOT NULL, "
                    + "issue VARCHAR(32) NOT NULL, "
                    + "type VARCHAR(16) NOT NULL, "
                    + "first_day DATE, "
                    + "last_day DATE, "
                    + "sort_day DATE NOT NULL, "
                    + "incident_id VARCHAR NOT NULL, "
                    + "PRIMARY KEY (incident_row_id, role, code, issue))");
            statement.execute("CREATE INDEX IF NOT EXISTS incident_topics_in_order ON incident_topics "
                    + "(code, role, issue, sort_day, incident_id)");
        }
    }

    private static boolean hasRows(Session s) throws SQLException {
        try (PreparedStatement select = s.prepare("SELECT 1 FROM incident_topics" + Sql.fetch(1));
             ResultSet rows = select.executeQuery()) {
            return rows.next();
        }
    }

    /** The row id that ends the next step of {@link #STEP} incidents after {@code after}; MIN_VALUE past the end. */
    private static long lastOfStep(Session s, long after) throws SQLException {
        try (PreparedStatement select = s.prepare("SELECT MAX(row_id) FROM (SELECT row_id FROM incidents WHERE row_id > ? "
                + "ORDER BY row_id" + Sql.fetch(STEP) + ") step")) {
            select.setLong(1, after);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                long last = rows.getLong(1);
                return rows.wasNull() ? Long.MIN_VALUE : last;
            }
        }
    }
}
