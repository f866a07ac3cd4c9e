package com.afterdesk.chat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What the buyer is talking about, for the suggestions: the latest buyer message together with the buyer's
 * recent ones. A follow-up such as "还要等多久？" means nothing on its own; after "退款怎么还没到账" it is a refund
 * being chased.
 */
public final class BuyerTopic {

    /** How many recent buyer messages are read together. */
    static final int RECENT = 3;

    private BuyerTopic() {
    }

    /** The recent buyer messages, oldest first, one per line; empty when the buyer has said nothing yet. */
    public static String text(List<ChatMessage> conversation) {
        Deque<String> recent = new ArrayDeque<>();
        for (int i = conversation.size() - 1; i >= 0 && recent.size() < RECENT; i--) {
            ChatMessage m = conversation.get(i);
            if (m.role() == Role.BUYER && !m.text().isBlank()) {
                recent.addFirst(m.text().strip());
            }
        }
        return String.join("\n", recent);
    }
}
