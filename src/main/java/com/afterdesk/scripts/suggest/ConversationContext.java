package com.afterdesk.scripts.suggest;

import java.util.Set;

import com.afterdesk.domain.Stage;

/**
 * Where the conversation stands, so the engine suggests scripts for the right step (听 → 问 → 执行).
 *
 * @param firstReply        this is the shop's first reply to the buyer's problem
 * @param evidenceRequested the agent has asked for photos, a video or tracking
 * @param evidenceReceived  the buyer has sent the evidence
 * @param previousStage     the stage of the last script the agent used, or null
 * @param facts             what the conversation's case shows as done (refunded, resent, resolved), or null when the
 *                          conversation has no case: then scripts that state such facts are not filtered
 */
public record ConversationContext(boolean firstReply, boolean evidenceRequested, boolean evidenceReceived,
                                  Stage previousStage, Set<Claim> facts) {

    /** A new conversation: the first reply. */
    public static final ConversationContext FIRST_REPLY = new ConversationContext(true, false, false, null);

    public ConversationContext {
        facts = facts == null ? null : Set.copyOf(facts);
    }

    /** Where the conversation stands, without a case. */
    public ConversationContext(boolean firstReply, boolean evidenceRequested, boolean evidenceReceived,
                               Stage previousStage) {
        this(firstReply, evidenceRequested, evidenceReceived, previousStage, null);
    }

    /** A later message in a conversation whose last reply used this stage. */
    public static ConversationContext after(Stage previousStage) {
        return new ConversationContext(false, false, false, previousStage);
    }

    /** A later message after the buyer sent the evidence that was asked for. */
    public static ConversationContext evidenceIn(Stage previousStage) {
        return new ConversationContext(false, true, true, previousStage);
    }

    /** The same context for a conversation whose case shows these facts as done. */
    public ConversationContext withFacts(Set<Claim> caseFacts) {
        return new ConversationContext(firstReply, evidenceRequested, evidenceReceived, previousStage, caseFacts);
    }

    /** Whether a script stating these facts may be suggested: always without a case, else when the case shows them. */
    public boolean allows(Set<Claim> claims) {
        return facts == null || facts.containsAll(claims);
    }
}
