package com.afterdesk.chat;

import com.afterdesk.scripts.suggest.Acknowledgement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What the buyer is talking about, for the suggestions: the latest buyer message together with the buyer's
 * recent ones. A follow-up such as "还要等多久？" means nothing on its own; after "退款怎么还没到账" it is a refund
 * being chased. A thank-you, on the other hand, closes the topic.
 */
public final class BuyerTopic {

    /** How many recent buyer messages are read together. */
    static final int RECENT = 3;

    private BuyerTopic() {
    }

    /**
     * The recent buyer messages, oldest first, one per line; empty when the buyer has said nothing yet. A latest
     * message that only thanks or says OK stands alone: it closes the topic rather than continuing it.
     */
    public static String text(List<ChatMessage> conversation) {
        Deque<String> recent = new ArrayDeque<>();
        for (int i = conversation.size() - 1; i >= 0 && recent.size() < RECENT; i--) {
            ChatMessage m = conversation.get(i);
            if (m.role() == Role.BUYER && !m.text().isBlank()) {
                recent.addFirst(m.text().strip());
                if (recent.size() == 1 && Acknowledgement.isClosing(m.text())) {
                    break;
                }
            }
        }
        return String.join("\n", recent);
    }
}
