package com.afterdesk.cases;

import com.afterdesk.deadlines.Actor;
import com.afterdesk.deadlines.ClockKind;
import com.afterdesk.deadlines.ClockSource;
import com.afterdesk.deadlines.TimeoutAction;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.deadlines.UrgencyPolicy;
import java.time.Duration;
import java.time.Instant;

/** The most urgent running clock of a case, as the case log shows it (seller clocks preferred). */
public record HeadClock(long clockId, ClockKind kind, Actor actor, Instant dueAt, Duration length,
                        TimeoutAction onTimeout, ClockSource source, Instant pausedAt) {

    public boolean paused() {
        return pausedAt != null;
    }

    /** Time left: frozen while paused, negative when overdue. */
    public Duration remaining(Instant now) {
        return Duration.between(pausedAt != null ? pausedAt : now, dueAt);
    }

    public Urgency urgency(UrgencyPolicy policy, Instant now) {
        if (paused()) {
            return Urgency.PAUSED;
        }
        return policy.level(remaining(now).toMillis(), length.toMillis());
    }
}
