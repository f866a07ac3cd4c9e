package com.afterdesk.deadlines;

/** States of an after-sales case (shared/domain/case-lifecycle.md). The names are stored and used by the CLI. */
public enum CaseState {
    OPEN, REQUESTED, AWAITING_RETURN, RETURN_IN_TRANSIT, REFUSED, INTERVENTION, RESOLVED, CLOSED;

    /** RESOLVED and CLOSED: no clock runs, only REOPENED leaves them. */
    public boolean isFinal() {
        return this == RESOLVED || this == CLOSED;
    }

    public String labelKey() {
        return "deadlines.state." + name();
    }
}
