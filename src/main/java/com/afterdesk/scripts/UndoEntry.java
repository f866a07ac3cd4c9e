package com.afterdesk.scripts;

import java.time.Instant;

/**
 * A change of the library that can be undone.
 *
 * @param seq       order of the change (higher = newer)
 * @param operation what was done
 * @param label     the script's title, or the imported file's name
 * @param at        when
 * @param scripts   how many scripts the change touched
 */
public record UndoEntry(long seq, Operation operation, String label, Instant at, int scripts) {

    /** Kinds of library changes. */
    public enum Operation { CREATE, EDIT, DUPLICATE, DELETE, IMPORT }
}
