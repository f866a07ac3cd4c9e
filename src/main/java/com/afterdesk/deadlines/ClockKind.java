package com.afterdesk.deadlines;

/** What a clock is counting down to. */
public enum ClockKind {
    SELLER_RESPOND, BUYER_SHIP_BACK, SELLER_CONFIRM_RECEIPT, BUYER_RESPOND_REFUSAL, EVIDENCE_DUE, SHOP_REPLY,
    FOLLOW_UP, MANUAL;

    public String labelKey() {
        return "deadlines.kind." + name();
    }
}
