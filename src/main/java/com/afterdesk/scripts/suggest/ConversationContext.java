package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Stage;

/**
 * Where the conversation stands, so the engine suggests scripts for the right step (听 → 问 → 执行).
 *
 * @param firstReply        this is the shop's first reply to the buyer's problem
 * @param evidenceRequested the agent has asked for photos, a video or tracking
 * @param evidenceReceived  the buyer has sent the evidence
 * @param previousStage     the stage of the last script the agent used, or null
 */
public record ConversationContext(boolean firstReply, boolean evidenceRequested, boolean evidenceReceived,
                                  Stage previousStage) {

    /** A new conversation: the first reply. */
    public static final ConversationContext FIRST_REPLY = new ConversationContext(true, false, false, null);

    /** A later message in a conversation whose last reply used this stage. */
    public static ConversationContext after(Stage previousStage) {
        return new ConversationContext(false, false, false, previousStage);
    }

    /** A later message after the buyer sent the evidence that was asked for. */
    public static ConversationContext evidenceIn(Stage previousStage) {
        return new ConversationContext(false, true, true, previousStage);
    }
}
