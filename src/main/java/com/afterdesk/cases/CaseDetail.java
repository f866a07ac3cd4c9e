package com.afterdesk.cases;

import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.CaseEvent;
import java.util.List;
import java.util.Set;

/** A case with everything the case view shows. Clocks: all of them, finished ones included. */
public record CaseDetail(CaseRecord record, List<CaseClock> clocks, List<HistoryEntry> history,
                         List<EvidenceItem> evidence, List<EvidenceFile> files, List<FollowUp> followUps,
                         Set<CaseEvent> allowedEvents) {

    public long id() {
        return record.id();
    }

    /** Running clocks only. */
    public List<CaseClock> runningClocks() {
        return clocks.stream().filter(CaseClock::running).toList();
    }
}
