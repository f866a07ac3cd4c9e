package com.afterdesk.cases;

import java.time.Instant;

/** A reminder attached to a case. Open while {@code doneAt} is null. */
public record FollowUp(long id, long caseId, Instant dueAt, FollowUpReason reason, String note, Instant createdAt,
                       Instant doneAt) {

    public boolean open() {
        return doneAt == null;
    }
}
