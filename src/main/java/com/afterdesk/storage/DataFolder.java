package com.afterdesk.storage;

import com.afterdesk.common.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The data folder: one SQLite database plus attachments and backups. Resolution order: {@code --home DIR},
 * then {@code AFTERDESK_HOME}, then the platform's per-user application data folder.
 */
public final class DataFolder {

    public static final String ENV_HOME = "AFTERDESK_HOME";
    public static final String DATABASE_FILE = "afterdesk.db";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
    }

    /** The folder to use, without touching the disk. */
    public static Path resolve(String homeOption, Map<String, String> env, String osName, String userHome) {
        String explicit = homeOption != null && !homeOption.isBlank() ? homeOption : env.get(ENV_HOME);
        try {
            if (explicit != null && !explicit.isBlank()) {
                return Path.of(explicit).toAbsolutePath().normalize();
            }
            return defaultFolder(env, osName, userHome);
        } catch (InvalidPathException e) {
            throw new UserException(e, "storage.folder.invalid", explicit);
        }
    }

    static Path defaultFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("AfterDesk");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "AfterDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("AfterDesk");
    }

    /** The folder for this process: command-line option, environment, then the platform default. */
    public static Path resolveForThisMachine(String homeOption) {
        return resolve(homeOption, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /**
     * Opens (and on first use creates) the data folder. Fails with a clear message when the path is a file,
     * cannot be created, or cannot be written; nothing is changed in that case.
     */
    public static DataFolder open(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new UserException("storage.folder.notFolder", abs);
        }
        if (!Files.exists(abs)) {
            Path existingParent = abs.getParent();
            while (existingParent != null && !Files.exists(existingParent)) {
                existingParent = existingParent.getParent();
            }
            if (existingParent != null && !Files.isDirectory(existingParent)) {
                throw new UserException("storage.folder.notFolder", existingParent);
            }
            if (existingParent != null && !Files.isWritable(existingParent)) {
                throw new UserException("storage.folder.unwritable", abs);
            }
            try {
                Files.createDirectories(abs);
            } catch (IOException e) {
                throw new UserException(e, "storage.folder.cannotCreate", abs, e.getMessage());
            }
        }
        if (!Files.isReadable(abs) || !Files.isWritable(abs) || !Files.isExecutable(abs)) {
            throw new UserException("storage.folder.unwritable", abs);
        }
        return new DataFolder(abs);
    }

    public Path root() {
        return root;
    }

    public Path databaseFile() {
        return root.resolve(DATABASE_FILE);
    }

    /** Folder for evidence files (created on demand). */
    public Path attachments() {
        return root.resolve("attachments");
    }

    /** Folder for automatic and manual backups (created on demand). */
    public Path backups() {
        return root.resolve("backups");
    }

    /** The lock file that keeps a second desktop window off this folder. */
    public Path instanceLock() {
        return root.resolve("afterdesk.lock");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
