package com.afterdesk.deadlines;

/** Display and sort level of a clock, most urgent first (the declaration order is the sort order). */
public enum Urgency {
    OVERDUE, CRITICAL, WARNING, OK, PAUSED, DONE;

    public String labelKey() {
        return "deadlines.urgency." + name();
    }
}
