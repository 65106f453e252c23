package parley.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * What the store's Java migrations share: a version number (which is also the checksum Flyway
 * keeps, so a migration's code may be tidied without a checksum mismatch), a description, and a
 * run in the migration's transaction. Flyway's own {@code BaseJavaMigration} reads the version
 * from the class name instead; these keep names that say what they do.
 */
abstract class StoreMigration implements JavaMigration {
    private final int version;
    private final String description;

    StoreMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return version;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
