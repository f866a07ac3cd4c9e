package com.afterdesk.domain;

/** Remedies a shop offers, in the seeds' order of preference for a confirmed product problem. */
public enum Remedy {
    COMPENSATION, RESEND, EXCHANGE, RETURN_REFUND, REFUND_ONLY, PARTIAL_REFUND, INTERCEPT, NONE;

    public String labelKey() {
        return "remedy." + name();
    }
}
