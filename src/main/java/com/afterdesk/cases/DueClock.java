package com.afterdesk.cases;

import com.afterdesk.deadlines.Actor;
import com.afterdesk.deadlines.ClockKind;
import com.afterdesk.deadlines.ClockSource;
import com.afterdesk.deadlines.TimeoutAction;
import com.afterdesk.deadlines.Urgency;
import java.time.Duration;
import java.time.Instant;

/** A running clock with its case, as the {@code due} command and alerts list them. */
public record DueClock(long caseId, String orderNo, long clockId, ClockKind kind, Actor actor, Instant dueAt,
                       Duration length, TimeoutAction onTimeout, ClockSource source, boolean paused,
                       Urgency urgency, Duration remaining) {
}
