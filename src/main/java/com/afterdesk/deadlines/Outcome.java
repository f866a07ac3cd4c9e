package com.afterdesk.deadlines;

/** Final outcome recorded on a case. */
public enum Outcome {
    REFUNDED, PARTIALLY_REFUNDED, EXCHANGED, RESENT, COMPENSATED, WITHDRAWN, AUTO_CLOSED, RULED_FOR_SELLER,
    RULED_FOR_BUYER;

    public String labelKey() {
        return "deadlines.outcome." + name();
    }
}
