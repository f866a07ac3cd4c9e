package com.afterdesk.quality;

/** The checks on an outgoing reply. The names are a contract: the rule files and the CLI's JSON use them. */
public enum RuleId {
    /** Moving the buyer off the platform: WeChat, QQ, phone numbers, private transfers, outside links. */
    OFF_PLATFORM,
    /** Absolute claims banned by the advertising law (最, 第一, 100%...). */
    ABSOLUTE_CLAIM,
    /** Brushing the buyer off: flat refusals, "不知道", a bare "嗯". */
    BRUSH_OFF,
    /** Blaming, lecturing, arguing with or belittling the buyer. */
    BLAME,
    /** Insults and provocation. */
    INSULT,
    /** Asking for or paying for a good review, or for removing a bad one. */
    REVIEW_FOR_REWARD,
    /** A compensation above the return postage (or above the confirmed amount) without confirmation. */
    COMPENSATION_ABOVE_POSTAGE,
    /** An amount above what the buyer paid. */
    AMOUNT_ABOVE_PAID,
    /** An order number, amount or date that contradicts the case. */
    CONTRADICTS_CASE,
    /** A {placeholder} left in the text. */
    UNFILLED_PLACEHOLDER,
    /** The reply is about something else than the buyer's message (答非所问). */
    OFF_TOPIC,
    /** A word the shop banned in its own rule file. */
    SHOP_BANNED_WORD;

    /** True for the rules driven by word lists in the rule files ({@code phrases}); the others are computed. */
    public boolean hasWordList() {
        return switch (this) {
            case OFF_PLATFORM, ABSOLUTE_CLAIM, BRUSH_OFF, BLAME, INSULT, REVIEW_FOR_REWARD -> true;
            default -> false;
        };
    }

    /** Resource-bundle key of the display name. */
    public String labelKey() {
        return "quality.rule." + name();
    }
}
