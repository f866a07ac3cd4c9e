package com.afterdesk.storage;

import com.afterdesk.common.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the 100-byte SQLite header of a database file without opening it, so a file that is not a database
 * or that comes from a newer AfterDesk is refused before SQLite could write anything to it.
 */
final class DatabaseFile {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;

    private DatabaseFile() {
    }

    /** The schema version stored in the file, 0 for a missing or empty file. */
    static int inspect(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException("storage.db.notFile", file);
        }
        byte[] header = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, HEADER_SIZE);
        } catch (IOException e) {
            throw new UserException(e, "storage.db.unreadable", file, e.getMessage());
        }
        if (read == 0) {
            return 0;
        }
        if (read < HEADER_SIZE || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
            throw new UserException("storage.db.corrupt", file);
        }
        return ByteBuffer.wrap(header, USER_VERSION_OFFSET, 4).getInt();
    }
}
