package com.afterdesk.chat;

import com.afterdesk.domain.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A parsed chat transcript: one buyer's conversation.
 *
 * @param platform  from the {@code # 平台:} header, if given
 * @param buyerNick the buyer's name (from the {@code # 买家:} header or the message lines), or empty
 */
public record Transcript(Optional<Platform> platform, Optional<String> buyerNick, List<Entry> entries) {

    public Transcript {
        entries = List.copyOf(entries);
    }

    /** One message of the transcript and the line it starts on. */
    public record Entry(int line, Role role, String speaker, Instant sentAt, String text) {
    }
}
