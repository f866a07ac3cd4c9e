package com.afterdesk.domain;

/** Conversation stages a reply script belongs to: listen, ask, act (听 → 问 → 执行), apology first. */
public enum Stage {
    SOOTHE, ASK, EXPLAIN, RESOLVE, FOLLOW_UP, CLOSE, ESCALATE;

    public String labelKey() {
        return "stage." + name();
    }
}
