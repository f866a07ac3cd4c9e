package com.afterdesk.storage;

import com.afterdesk.common.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one SQLite database of a data folder: WAL journal, foreign keys on, a busy timeout so the desktop app
 * and the command line can work on it at the same time. Repositories get connections only through
 * {@link #read} and {@link #transaction}; every multi-row write is one transaction.
 */
public final class Database implements AutoCloseable {

    /** How long a writer waits for another process's write to finish before giving up. */
    static final int BUSY_TIMEOUT_MILLIS = 5_000;
    private static final int MAX_IDLE = 4;

    private final Path file;
    private final String url;
    private final SQLiteConfig config;
    private final Deque<Connection> idle = new ArrayDeque<>();
    /** The connection of the transaction open on this thread, if any. */
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private Connection watcher;
    private boolean closed;

    private Database(Path file) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    }

    /**
     * Opens the database of a data folder, creating it on first use and migrating it to this version's
     * schema (after a backup copy). A file that is not a database, is damaged, or comes from a newer
     * AfterDesk is refused with a {@link UserException} and left untouched.
     */
    public static Database open(DataFolder folder, Clock clock) {
        return open(folder.databaseFile(), folder.backups(), clock, Migrations.fromClasspath());
    }

    /**
     * Refuses a database file this version cannot use (not a database, damaged, or newer) without opening it
     * for writing: nothing on disk changes.
     */
    public static void preflight(DataFolder folder) {
        preflight(folder.databaseFile(), Migrations.fromClasspath().latest());
    }

    static void preflight(Path file, int latest) {
        int fileVersion = DatabaseFile.inspect(file);
        if (fileVersion > latest) {
            throw new UserException("storage.db.newer", file, fileVersion, latest);
        }
        if (Files.exists(file) && fileVersion >= 0) {
            try {
                if (Files.size(file) > 0) {
                    checkReadable(file, latest);
                }
            } catch (IOException e) {
                throw new UserException(e, "storage.db.unreadable", file, e.getMessage());
            }
        }
    }

    static Database open(Path file, Path backups, Clock clock, Migrations migrations) {
        preflight(file, migrations.latest());
        Database db = new Database(file);
        try {
            migrations.migrate(db, backups, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Opens the file read-only and asks SQLite to read its schema: a damaged file fails here, unchanged. */
    private static void checkReadable(Path file, int latest) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                int version = rs.next() ? rs.getInt(1) : 0;
                if (version > latest) {
                    throw new UserException("storage.db.newer", file, version, latest);
                }
            }
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs read-only or single-statement work on a pooled connection in auto-commit mode. */
    public <T> T read(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return inJoined(joined, work);
        }
        Connection c = borrow();
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            release(c);
        }
    }

    /**
     * Runs work in one immediate transaction: all of it is committed, or none of it. Called again on the same
     * thread while a transaction is open (a service calling another service), it joins that transaction, so a
     * larger operation such as loading the demo shop stays all or nothing.
     */
    public <T> T transaction(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return inJoined(joined, work);
        }
        Connection c = borrow();
        try {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                current.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            release(c);
        }
    }

    private <T> T inJoined(Connection joined, SqlWork<T> work) {
        try {
            return work.apply(joined);
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /** Runs work in a transaction and returns nothing. */
    public void write(SqlConsumer work) {
        transaction(c -> {
            work.accept(c);
            return null;
        });
    }

    /** Work with no result, for {@link #write}. */
    @FunctionalInterface
    public interface SqlConsumer {
        void accept(Connection connection) throws SQLException;
    }

    /**
     * A number that changes whenever another connection (this app's writes or another process such as the
     * command line) commits a change. Cheap: the window polls it to know when to refresh.
     */
    public synchronized long dataVersion() {
        try {
            if (watcher == null) {
                watcher = config.createConnection(url);
            }
            try (Statement st = watcher.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /** The size on disk of the database and its write-ahead log, in bytes. */
    public long sizeOnDisk() {
        long size = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            Path p = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(p)) {
                    size += Files.size(p);
                }
            } catch (IOException e) {
                // a file that vanished between exists() and size() simply does not count
            }
        }
        return size;
    }

    /** The schema version of the open database. */
    public int schemaVersion() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /**
     * Writes a consistent copy of the live database to {@code target} (SQLite {@code VACUUM INTO}), safe
     * while other connections read and write.
     */
    public void backupTo(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UserException(e, "storage.backup.failed", target, e.getMessage());
        }
        if (Files.exists(target)) {
            throw new UserException("storage.backup.exists", target);
        }
        read(c -> {
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toAbsolutePath().toString());
                ps.execute();
            }
            return null;
        });
    }

    private synchronized Connection borrow() {
        if (closed) {
            throw new IllegalStateException("database closed");
        }
        Connection c = idle.pollFirst();
        if (c != null) {
            return c;
        }
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    private synchronized void release(Connection c) {
        if (!closed && idle.size() < MAX_IDLE) {
            idle.addFirst(c);
        } else {
            closeQuietly(c);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a pooled connection can only fail if it is already unusable
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        while (!idle.isEmpty()) {
            closeQuietly(idle.pollFirst());
        }
        if (watcher != null) {
            closeQuietly(watcher);
            watcher = null;
        }
    }

    /** Turns SQLite failures the user can act on into clear messages; other failures stay bugs. */
    static RuntimeException translate(SQLException e, Path file) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        if (code != null) {
            switch (code) {
                case SQLITE_BUSY, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED,
                        SQLITE_LOCKED_SHAREDCACHE:
                    return new UserException(e, "storage.db.busy", file);
                case SQLITE_NOTADB, SQLITE_CORRUPT, SQLITE_CORRUPT_VTAB:
                    return new UserException(e, "storage.db.corrupt", file);
                case SQLITE_READONLY, SQLITE_READONLY_DBMOVED, SQLITE_READONLY_RECOVERY, SQLITE_READONLY_CANTLOCK,
                        SQLITE_READONLY_ROLLBACK, SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_IOERR:
                    return new UserException(e, "storage.db.unwritable", file, e.getMessage());
                case SQLITE_FULL:
                    return new UserException(e, "storage.db.full", file);
                default:
                    break;
            }
        }
        return new StorageException(e);
    }
}
