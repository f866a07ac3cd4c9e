package com.afterdesk.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A line of the conversation list.
 *
 * @param lastMessage  the newest message, if any
 * @param waitingSince when the buyer's oldest unanswered message arrived; empty when the agent had the last word
 */
public record ConversationSummary(Conversation conversation, Optional<ChatMessage> lastMessage,
                                  Optional<Instant> waitingSince, int messageCount) {

    /** How long the buyer has been waiting at {@code now} (zero when nobody is waiting). */
    public Duration waiting(Instant now) {
        return waitingSince.map(since -> since.isAfter(now) ? Duration.ZERO : Duration.between(since, now))
                .orElse(Duration.ZERO);
    }
}
