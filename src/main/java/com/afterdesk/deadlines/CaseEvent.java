package com.afterdesk.deadlines;

/**
 * Events that move a case between states (shared/domain/case-lifecycle.md). Added for the product:
 * {@code INSTANT_REFUNDED} (极速退款, logged, no countdown), {@code TIMED_OUT} (the platform acted on a clock
 * that ran out), {@code CASE_RESOLVED} (a consultation without a platform request is settled).
 */
public enum CaseEvent {
    REQUEST_OPENED, SELLER_AGREED, SELLER_REFUSED, REFUNDED, INSTANT_REFUNDED, BUYER_CANCELLED,
    SHIPPED_BEFORE_DEADLINE, BUYER_SHIPPED, RETURN_DELIVERED, SELLER_RECEIVED, BUYER_MODIFIED,
    INTERVENTION_OPENED, EVIDENCE_SUBMITTED, RULED_FOR_SELLER, RULED_FOR_BUYER, TIMED_OUT, CASE_RESOLVED, REOPENED;

    public String labelKey() {
        return "deadlines.event." + name();
    }

    /** Parses a name case-insensitively; null when unknown. */
    public static CaseEvent parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
