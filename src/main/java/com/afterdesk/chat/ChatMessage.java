package com.afterdesk.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation.
 *
 * @param id        database id (0 before it is stored)
 * @param scriptId  for an agent reply: the script inserted first, or {@code null} when typed freely
 * @param editRatio for an agent reply built from scripts: how much the agent changed them (0 = sent as inserted,
 *                  1 = nothing left), or {@code null}
 * @param evidence  file names of images the message refers to (in the data folder's attachments)
 */
public record ChatMessage(long id, long conversationId, Role role, String text, Instant sentAt, MessageSource source,
                          String scriptId, Double editRatio, List<String> evidence) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(source, "source");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public boolean fromBuyer() {
        return role == Role.BUYER;
    }
}
