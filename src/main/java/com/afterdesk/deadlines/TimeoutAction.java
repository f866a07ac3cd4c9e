package com.afterdesk.deadlines;

/**
 * What the platform does when a clock runs out. Beyond the lifecycle doc's AUTO_REFUND / AUTO_AGREE / AUTO_CLOSE:
 * {@code RULED_ON_EVIDENCE} (intervention decided on the evidence at hand), {@code BUYER_MAY_ESCALATE}
 * (the buyer may then ask for intervention) and {@code NONE} (nothing known happens; manual clocks).
 */
public enum TimeoutAction {
    AUTO_REFUND, AUTO_AGREE, AUTO_CLOSE, RULED_ON_EVIDENCE, BUYER_MAY_ESCALATE, NONE;

    /** Key of the display name, e.g. "到时自动退款". */
    public String labelKey() {
        return "deadlines.onTimeout." + name();
    }
}
