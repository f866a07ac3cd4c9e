package com.afterdesk.cases;

/** Why a follow-up exists: the seeds' habits (automatic) or the agent's own reminder. */
public enum FollowUpReason {
    /** Refused refund: check and contact the buyer every day. */
    REFUSED_DAILY,
    /** Buyer must ship back and under 48 h are left: phone the buyer. */
    CALL_BUYER_SHIP_BACK,
    /** Waiting to receive a return: look at least twice a day. */
    CHECK_RETURN,
    MANUAL;

    public String labelKey() {
        return "cases.followUp.reason." + name();
    }
}
