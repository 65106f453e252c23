package parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.api.Trigger;

/**
 * An H2 trigger that makes the database refuse any row carrying the value {@link #MARKER}, so a
 * test can make a real insert fail at a chosen point in the middle of a save.
 */
public final class FailingInsertTrigger implements Trigger {
    /** A column value that makes the insert fail. */
    public static final String MARKER = "FAIL-HERE";

    private String table;

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName,
                     boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && Arrays.asList(newRow).contains(MARKER)) {
            throw new SQLException("test trigger refuses this row of " + table);
        }
    }
}
