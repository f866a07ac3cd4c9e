package com.afterdesk.deadlines;

/** How sure the research behind a rule is (platform-rules.md). */
public enum Confidence {
    HIGH, LOW, CONFLICTING;

    public String labelKey() {
        return "deadlines.confidence." + name();
    }
}
