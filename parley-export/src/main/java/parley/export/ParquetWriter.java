package parley.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import parley.core.export.Column;
import parley.core.export.ColumnType;
import parley.core.export.Table;

/**
 * Parquet through DuckDB: the rows are appended to a table of an in-memory DuckDB database whose
 * column types follow the {@link ColumnType}s (VARCHAR, INTEGER, DOUBLE, BOOLEAN, DATE, {@code T[]},
 * {@code STRUCT(...)}), which spills to a folder beside the file when it outgrows its memory
 * limit, and written with {@code COPY ... TO ... (FORMAT parquet, COMPRESSION zstd)} in the order
 * the rows came. Extensions are never downloaded: Parquet is built into the driver.
 */
final class ParquetWriter implements RowWriter {
    /** DuckDB's memory for one export; beyond it the table spills to disk. */
    static final String MEMORY_LIMIT = "1GB";

    private final Table table;
    private final PartFile file;
    private final Path spill;
    private final DuckDBConnection connection;
    private final DuckDBAppender appender;
    private boolean finished;

    ParquetWriter(Table table, Path target) throws IOException {
        this.table = table;
        this.file = new PartFile(target);
        this.spill = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".duckdb-spill-");
        DuckDBConnection opened = null;
        try {
            Properties settings = new Properties();
            settings.setProperty("autoinstall_known_extensions", "false");
            settings.setProperty("autoload_known_extensions", "false");
            opened = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", settings);
            try (Statement statement = opened.createStatement()) {
                statement.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
                statement.execute("SET temp_directory = " + literal(spill.toString()));
                statement.execute("SET preserve_insertion_order = true");
                statement.execute(createTable(table));
            }
            this.appender = opened.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "export");
            this.connection = opened;
        } catch (SQLException e) {
            closeQuietly(opened);
            deleteSpill();
            throw new IOException("cannot start DuckDB to write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The failure that brought us here is the one to report.
            }
        }
    }

    /** {@code CREATE TABLE export ("id" VARCHAR NOT NULL, ...)} for the table's columns. */
    static String createTable(Table table) {
        List<String> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            columns.add(identifier(column.name()) + " " + sqlType(column.type()) + (column.nullable() ? "" : " NOT NULL"));
        }
        return "CREATE TABLE export (" + String.join(", ", columns) + ")";
    }

    /** The DuckDB type of a column type. */
    static String sqlType(ColumnType type) {
        return switch (type) {
            case ColumnType.Scalar scalar -> switch (scalar.kind()) {
                case STRING -> "VARCHAR";
                case INT -> "INTEGER";
                case DOUBLE -> "DOUBLE";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
            };
            case ColumnType.ListOf list -> sqlType(list.element()) + "[]";
            case ColumnType.StructOf struct -> {
                List<String> fields = new ArrayList<>();
                struct.fields().forEach(field -> fields.add(identifier(field.name()) + " " + sqlType(field.type())));
                yield "STRUCT(" + String.join(", ", fields) + ")";
            }
        };
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    @Override
    public void write(List<Object> row) throws IOException {
        try {
            appender.beginRow();
            for (int i = 0; i < row.size(); i++) {
                append(table.columns().get(i).type(), row.get(i));
            }
            appender.endRow();
        } catch (SQLException e) {
            throw new IOException("DuckDB refused a row of " + table.name() + ": " + e.getMessage(), e);
        }
    }

    private void append(ColumnType type, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
            return;
        }
        switch (type) {
            case ColumnType.Scalar scalar -> {
                switch (scalar.kind()) {
                    case STRING -> appender.append((String) value);
                    case INT -> appender.append((Integer) value);
                    case DOUBLE -> appender.append((Double) value);
                    case BOOLEAN -> appender.append((Boolean) value);
                    case DATE -> appender.append((LocalDate) value);
                }
            }
            // A struct is a list of its field values in field order, which is what the appender takes.
            case ColumnType.ListOf list -> appender.append((Collection<?>) value);
            case ColumnType.StructOf struct -> appender.append((Collection<?>) value);
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            appender.close();
            try (Statement statement = connection.createStatement()) {
                statement.execute("COPY export TO " + literal(file.part().toString())
                        + " (FORMAT parquet, COMPRESSION zstd)");
            }
        } catch (SQLException e) {
            throw new IOException("DuckDB could not write " + file.part() + ": " + e.getMessage(), e);
        }
        file.commit();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!appender.isClosed()) {
                appender.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IOException("cannot close DuckDB: " + e.getMessage(), e);
        } finally {
            deleteSpill();
            if (!finished) {
                file.discard();
            }
        }
    }

    private void deleteSpill() throws IOException {
        if (Files.isDirectory(spill)) {
            try (var paths = Files.walk(spill)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
