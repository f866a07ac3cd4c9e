package com.afterdesk.deadlines;

import java.time.Duration;
import java.time.Instant;

/**
 * One countdown of a case. Immutable; the engine returns changed copies.
 *
 * @param id          database id, 0 for a clock not yet stored
 * @param length      nominal length (due − start when created, pauses excluded): the base for the 10 % / 50 % levels
 * @param computedDue the due time the rule computed, kept when the platform's exact time overrides it (else null)
 * @param pausedAt    when the running pause began, null when not paused
 * @param pausedTotal time spent paused by finished pauses (already added to dueAt)
 * @param doneAt      when the clock stopped, null while running
 * @param doneReason  the event (or action) that stopped it
 */
public record CaseClock(long id, ClockKind kind, Actor actor, Instant startedAt, Instant dueAt, Duration length,
                        TimeoutAction onTimeout, ClockSource source, String ruleId, Instant computedDue,
                        Instant pausedAt, Duration pausedTotal, Instant doneAt, String doneReason) {

    /** A new running clock. */
    public static CaseClock start(ClockKind kind, Actor actor, Instant startedAt, Instant dueAt,
                                  TimeoutAction onTimeout, ClockSource source, String ruleId) {
        return new CaseClock(0, kind, actor, startedAt, dueAt, Duration.between(startedAt, dueAt), onTimeout,
                source, ruleId, null, null, Duration.ZERO, null, null);
    }

    public boolean done() {
        return doneAt != null;
    }

    public boolean paused() {
        return pausedAt != null && doneAt == null;
    }

    public boolean running() {
        return doneAt == null;
    }

    /** Time left at {@code now}: frozen while paused, negative when overdue. */
    public Duration remaining(Instant now) {
        if (doneAt != null) {
            return Duration.between(doneAt, dueAt);
        }
        Instant reference = pausedAt != null ? pausedAt : now;
        return Duration.between(reference, dueAt);
    }

    public CaseClock withId(long newId) {
        return new CaseClock(newId, kind, actor, startedAt, dueAt, length, onTimeout, source, ruleId, computedDue,
                pausedAt, pausedTotal, doneAt, doneReason);
    }

    public CaseClock stop(Instant at, String reason) {
        Instant due = dueAt;
        Duration total = pausedTotal;
        if (pausedAt != null) {
            // a clock stopped while paused keeps its frozen remaining time in the record
            Duration p = Duration.between(pausedAt, at);
            if (!p.isNegative()) {
                due = dueAt.plus(p);
                total = pausedTotal.plus(p);
            }
        }
        return new CaseClock(id, kind, actor, startedAt, due, length, onTimeout, source, ruleId, computedDue,
                null, total, at, reason);
    }

    public CaseClock pause(Instant at) {
        if (pausedAt != null || doneAt != null) {
            return this;
        }
        return new CaseClock(id, kind, actor, startedAt, dueAt, length, onTimeout, source, ruleId, computedDue,
                at, pausedTotal, doneAt, doneReason);
    }

    /** Resumes with the remaining time it had: due-at moves out by the paused duration. */
    public CaseClock resume(Instant at) {
        if (pausedAt == null || doneAt != null) {
            return this;
        }
        Duration p = Duration.between(pausedAt, at);
        if (p.isNegative()) {
            p = Duration.ZERO;
        }
        return new CaseClock(id, kind, actor, startedAt, dueAt.plus(p), length, onTimeout, source, ruleId,
                computedDue, null, pausedTotal.plus(p), doneAt, doneReason);
    }

    /** The platform's exact timeout replaces the computed due time (kept in computedDue). */
    public CaseClock withPlatformDue(Instant due) {
        Instant computed = computedDue != null ? computedDue : (source == ClockSource.RULE ? dueAt : null);
        Duration newLength = Duration.between(startedAt, due).minus(pausedTotal);
        if (newLength.isNegative()) {
            newLength = Duration.ZERO;
        }
        return new CaseClock(id, kind, actor, startedAt, due, newLength, onTimeout, ClockSource.PLATFORM, ruleId,
                computed, pausedAt, pausedTotal, doneAt, doneReason);
    }

    /** A rule moved the due time (e.g. return delivered: 72 h from delivery). */
    public CaseClock withRuleDue(Instant due) {
        return new CaseClock(id, kind, actor, startedAt, due, length, onTimeout, source, ruleId, computedDue,
                pausedAt, pausedTotal, doneAt, doneReason);
    }
}
