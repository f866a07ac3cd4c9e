package com.afterdesk.deadlines;

/** Where a clock's due time comes from: a rule (computed), the platform's exact timeout, or the agent. */
public enum ClockSource {
    RULE, PLATFORM, MANUAL;

    public String labelKey() {
        return "deadlines.source." + name();
    }
}
