package com.afterdesk.backend;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What the status bar shows: where the data is, how big it is, what is in it and the next deadline.
 *
 * @param nextDeadline the soonest running seller clock, if any
 */
public record StatusSnapshot(Path home, long databaseBytes, long cases, long customers, long conversations,
                             Optional<NextDeadline> nextDeadline) {

    /** The soonest deadline: which case, when, and what happens then. */
    public record NextDeadline(long caseId, String orderNo, Instant dueAt, String onTimeout) {
    }
}
