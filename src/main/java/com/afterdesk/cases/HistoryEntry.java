package com.afterdesk.cases;

import com.afterdesk.deadlines.CaseState;
import java.time.Instant;

/**
 * One line of a case's append-only history.
 *
 * @param actor   who: {@code agent}, {@code cli} or {@code system}
 * @param event   what: a {@link com.afterdesk.deadlines.CaseEvent} name or an edit such as {@code CREATED},
 *                {@code PLATFORM_DUE}, {@code PAUSED}, {@code NOTES}, {@code EVIDENCE_CHECKED}...
 * @param details machine-readable details (clock changes, values)
 */
public record HistoryEntry(long id, long caseId, Instant at, String actor, String event, String details,
                           CaseState fromState, CaseState toState) {

    public static final String AGENT = "agent";
    public static final String CLI = "cli";
    public static final String SYSTEM = "system";
}
