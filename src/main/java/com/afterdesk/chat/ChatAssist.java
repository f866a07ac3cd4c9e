package com.afterdesk.chat;

import com.afterdesk.common.Messages;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.scripts.Script;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the chat pane needs from the other features (suggestion engine, script library, quality checks, cases),
 * in the chat's own small vocabulary. The backend wires the real services behind it; tests use a fake.
 */
public interface ChatAssist {

    /** A category the classifier sees in the buyer's message. */
    record CategoryScore(Category category, double score) {
    }

    /** A script suggested for the buyer's message, and why. */
    record Suggested(Script script, double score, String reason) {
    }

    /**
     * The classification of the latest buyer message and the scripts suggested for it, best first;
     * {@code alsoAbout}: further matters the buyer raises in the same message (besides the best category), in order.
     */
    record Advice(List<CategoryScore> categories, Emotion emotion, List<Suggested> scripts, List<Category> alsoAbout) {
        public static final Advice NONE = new Advice(List.of(), Emotion.CALM, List.of());

        public Advice {
            categories = List.copyOf(categories);
            scripts = List.copyOf(scripts);
            alsoAbout = List.copyOf(alsoAbout);
        }

        /** Advice for a message about one matter. */
        public Advice(List<CategoryScore> categories, Emotion emotion, List<Suggested> scripts) {
            this(categories, emotion, scripts, List.of());
        }

        public Optional<Category> topCategory() {
            return categories.isEmpty() ? Optional.empty() : Optional.of(categories.get(0).category());
        }
    }

    /** How serious a quality finding is: BLOCK stops sending, WARN asks first, INFO only tells. */
    enum Severity { BLOCK, WARN, INFO }

    /**
     * A quality finding on the reply, with the span it is about and a compliant rewrite when there is one
     * ({@code null}: none; empty: delete the span).
     */
    record Issue(String rule, Severity severity, int start, int end, String message, String suggestion) {
        public boolean hasRewrite() {
            return suggestion != null;
        }
    }

    /**
     * Where the conversation stands, so scripts for the right step are suggested.
     *
     * @param firstReply        the shop has not replied yet
     * @param evidenceRequested the agent has asked for photos, a video or tracking (an ASK script was sent)
     * @param evidenceReceived  the buyer sent pictures after that
     * @param previousStage     the stage of the last script the agent sent, or null
     * @param caseId            the case of the conversation, or null: scripts that state a fact the case does not
     *                          show (退款已办好, 补发已发出, 已处理完毕) are then left out
     */
    record StageContext(boolean firstReply, boolean evidenceRequested, boolean evidenceReceived, Stage previousStage,
                        Long caseId) {
        public static final StageContext FIRST_REPLY = new StageContext(true, false, false, null, null);
    }

    /** Classifies the buyer's message and ranks scripts for it, given where the conversation stands. */
    Advice advise(String buyerText, Platform platform, StageContext stage, int topN);

    /** The script with this short code ({@code /ps}), if any. */
    Optional<Script> scriptByCode(String code);

    /** The script with this id, if it is still in the library. */
    Optional<Script> script(String id);

    /** Values for the placeholders ({@code {买家}}, {@code {订单号}}...) from the case, customer and shop. */
    Map<String, String> placeholderValues(Conversation conversation);

    /** The quality checks on a reply before it is sent, explained in the given language. */
    List<Issue> check(String reply, Conversation conversation, String buyerText, Messages messages);

    /** Records a sent reply: which scripts it was built from and how much they were edited (for the learning). */
    void recordSent(String buyerText, List<String> scriptIds, boolean edited, double editRatio);

    /**
     * Records the agent's reading of the buyer's emotion in a message (a correction of the suggestion engine's),
     * so that this message and similar ones are read that way from now on (kept on this machine).
     */
    void correctEmotion(String buyerText, Emotion emotion);

    /** An open case (from the case log), so the agent can start its conversation from the list. */
    record OpenCase(long caseId, Platform platform, String buyerNick, String orderNo, java.time.Instant openedAt) {
    }

    /** Open (not resolved or closed) cases, most urgent first, at most {@code limit}. */
    List<OpenCase> openCases(int limit);

    /** True when cases can be opened from here. */
    boolean canOpenCases();

    /**
     * Opens a case for the conversation's buyer with the chosen category and the further matters the agent kept
     * (their evidence is asked for too); returns the new case id.
     */
    long openCase(Conversation conversation, Category category, java.util.Set<Category> alsoAbout, String orderNo,
                  String buyerText);
}
