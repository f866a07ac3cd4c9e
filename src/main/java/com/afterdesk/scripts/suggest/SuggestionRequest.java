package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Platform;
import java.util.Objects;

/**
 * A request for reply scripts.
 *
 * @param text     the buyer's message
 * @param platform the platform of the conversation, or null when unknown (then platform-specific scripts are left
 *                 out: they are never shown where they may be wrong)
 * @param context  where the conversation stands
 * @param top      how many scripts to return
 */
public record SuggestionRequest(String text, Platform platform, ConversationContext context, int top) {

    public SuggestionRequest {
        text = text == null ? "" : text;
        context = context == null ? ConversationContext.FIRST_REPLY : context;
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1");
        }
    }

    /** A first reply on an unknown platform. */
    public static SuggestionRequest of(String text, int top) {
        return new SuggestionRequest(Objects.requireNonNullElse(text, ""), null, ConversationContext.FIRST_REPLY, top);
    }
}
