package com.afterdesk.chat;

import com.afterdesk.domain.Platform;
import java.time.Instant;
import java.util.Objects;

/**
 * The chat with one buyer about one case.
 *
 * @param caseId the case it belongs to, or {@code null} while the buyer's message is not attached to a case yet
 */
public record Conversation(long id, Long caseId, Platform platform, String buyerNick, Instant createdAt,
                           Instant updatedAt) {

    public Conversation {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(buyerNick, "buyerNick");
    }

    public boolean hasCase() {
        return caseId != null;
    }
}
