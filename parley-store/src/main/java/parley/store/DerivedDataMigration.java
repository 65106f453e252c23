package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.Context;
import parley.core.store.EventStore;

/**
 * Schema version 4: fills the tables of V3 (counters, stances, report keys, incidents,
 * contradictions, actor names and activity, network edges) for a workspace written before they
 * existed, by passing every stored article, in stored order, through the same code that keeps
 * them in step when an article is saved. A new workspace has nothing to fill.
 */
final class DerivedDataMigration extends StoreMigration {
    DerivedDataMigration() {
        super(4, "derived data");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        // The writers below keep version 5's table too.
        IncidentTopicsMigration.createTable(connection);
        EventRulesMigration.addColumn(connection); // the events are read back below with version 6's columns
        Session s = new Session(connection, Dialect.of(connection));
        long after = 0;
        Derivations derivations = new Derivations(s);
        while (true) {
            List<EventStore.StoredArticle> batch = JdbcEventStore.codedBatch(s, after, 200);
            if (batch.isEmpty()) {
                derivations.flush();
                return;
            }
            List<Derivations.Saved> saved = new java.util.ArrayList<>();
            for (EventStore.StoredArticle stored : batch) {
                long[] rowIds = new long[stored.coded().events().size()];
                try (PreparedStatement select = s.prepare("SELECT seq, row_id FROM events WHERE article_order = ?")) {
                    select.setLong(1, stored.order());
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            rowIds[rows.getInt(1)] = rows.getLong(2);
                        }
                    }
                }
                saved.add(new Derivations.Saved(stored.coded(), new ArticleWriter.Written(stored.order(), rowIds)));
            }
            derivations.articlesSaved(saved);
            after = batch.get(batch.size() - 1).order();
        }
    }
}
