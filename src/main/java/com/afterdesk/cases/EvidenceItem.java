package com.afterdesk.cases;

import java.time.Instant;

/** One line of a case's evidence checklist; {@code key} names the label {@code cases.evidence.<key>}. */
public record EvidenceItem(String key, boolean checked, Instant checkedAt) {

    public String labelKey() {
        return "cases.evidence." + key;
    }
}
