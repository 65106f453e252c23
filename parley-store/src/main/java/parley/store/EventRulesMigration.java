package parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 6: {@code events.rules}, every coding rule that fired on an event (its
 * provenance's rule list, one rule a line), so that an event read back says why it was coded as
 * it was, and so that a stance derived again from stored events is the one derived when they were
 * coded (a conditional stance is a {@code condition:} rule). Events stored before have none: they
 * read back with their trigger rule alone. Version 4 reads events back, so it adds the column first.
 */
final class EventRulesMigration extends StoreMigration {
    EventRulesMigration() {
        super(6, "event rules");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        addColumn(context.getConnection());
    }

    static void addColumn(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS rules VARCHAR");
        }
    }
}
