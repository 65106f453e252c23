package parley.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests run against: {@code $PARLEY_TEST_DB} (a JDBC URL with user and
 * password), by default the role and database {@code .ci/run} creates on this machine. When no
 * server answers, the PostgreSQL tests are skipped, except in CI ({@code CI=true}), where
 * {@code .ci/run} starts one and its absence is a failure.
 */
public final class TestDatabases {
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/parley_test?user=parley&password=parley";

    private TestDatabases() {
    }

    public static String postgresUrl() {
        String url = System.getenv("PARLEY_TEST_DB");
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    /** An empty PostgreSQL database (every table of an earlier test dropped), or the test is skipped. */
    public static String emptyPostgres() {
        String url = postgresUrl();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail("CI needs the PostgreSQL server of .ci/run at " + JdbcEventStore.withoutPassword(url)
                        + ": " + e.getMessage());
            }
            Assumptions.abort("no PostgreSQL server at " + JdbcEventStore.withoutPassword(url) + " (" + e.getMessage()
                    + "); set PARLEY_TEST_DB or run .ci/run's setup");
        }
        return url;
    }
}
