package com.afterdesk.storage;

import java.sql.SQLException;

/** An unexpected database failure: a bug or an environment problem that is not the user's to fix. */
public final class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
