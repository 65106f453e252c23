package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * One connection of the store with its {@link Dialect}: every text written or read goes through
 * {@link #text(PreparedStatement, int, String)} and {@link #text(ResultSet, String)}, so that it
 * reads back exactly on either database.
 */
final class Session {
    final Connection connection;
    final Dialect dialect;

    Session(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    void text(PreparedStatement statement, int index, String value) throws SQLException {
        statement.setString(index, dialect.toDatabase(value));
    }

    String text(ResultSet rows, String column) throws SQLException {
        return dialect.fromDatabase(rows.getString(column));
    }

    String text(ResultSet rows, int column) throws SQLException {
        return dialect.fromDatabase(rows.getString(column));
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    /** Binds values from {@code first} on (texts through the dialect); returns the next index. */
    int bind(PreparedStatement statement, int first, List<?> values) throws SQLException {
        int index = first;
        for (Object value : values) {
            Sql.set(statement, index++, value instanceof String text ? dialect.toDatabase(text) : value);
        }
        return index;
    }

    int bind(PreparedStatement statement, int first, Sql sql) throws SQLException {
        return bind(statement, first, sql.parameters());
    }
}
