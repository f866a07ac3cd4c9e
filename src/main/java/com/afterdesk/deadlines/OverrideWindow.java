package com.afterdesk.deadlines;

import java.time.Duration;
import java.time.Instant;

/**
 * A dated override (holidays): a clock that would fall due in [from, to) is extended by {@code extend}, or,
 * when {@code pause} is set, does not count down inside the window (the time it had left when the window
 * opened resumes at {@code to}).
 */
public record OverrideWindow(String id, Instant from, Instant to, Duration extend, boolean pause, String note) {

    /** The due time after this window, for a clock started at {@code start} and due at {@code due}. */
    public Instant apply(Instant start, Instant due) {
        if (due.isBefore(from) || !due.isBefore(to)) {
            return due;
        }
        if (pause) {
            Instant countedFrom = start.isAfter(from) ? start : from;
            return to.plus(Duration.between(countedFrom, due));
        }
        return due.plus(extend);
    }
}
