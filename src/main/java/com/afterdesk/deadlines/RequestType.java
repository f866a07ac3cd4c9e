package com.afterdesk.deadlines;

/** What the buyer asked the platform for (申请类型). */
public enum RequestType {
    NONE, REFUND_ONLY, RETURN_REFUND, EXCHANGE, REPAIR, AFTER_SALE;

    /** Types where the buyer sends the goods back after the seller agrees. */
    public boolean needsReturn() {
        return this == RETURN_REFUND || this == EXCHANGE || this == REPAIR || this == AFTER_SALE;
    }

    public String labelKey() {
        return "deadlines.type." + name();
    }
}
