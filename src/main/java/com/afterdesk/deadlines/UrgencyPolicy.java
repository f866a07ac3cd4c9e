package com.afterdesk.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * Urgency levels: OVERDUE past due; CRITICAL under {@code critical} (2 h) or under {@code criticalShare} (10 %) of
 * the clock's length; WARNING under {@code warning} (24 h) or under {@code warningShare} (50 %); else OK.
 * The thresholds are settings ({@link #SETTING_CRITICAL} ...).
 */
public record UrgencyPolicy(Duration critical, double criticalShare, Duration warning, double warningShare) {

    public static final String SETTING_CRITICAL = "deadlines.urgency.critical";
    public static final String SETTING_CRITICAL_SHARE = "deadlines.urgency.criticalShare";
    public static final String SETTING_WARNING = "deadlines.urgency.warning";
    public static final String SETTING_WARNING_SHARE = "deadlines.urgency.warningShare";

    public static final UrgencyPolicy DEFAULT = new UrgencyPolicy(Duration.ofHours(2), 0.10, Duration.ofHours(24), 0.50);

    /** Level of a running clock at {@code now}. */
    public Urgency of(CaseClock clock, Instant now) {
        if (clock.done()) {
            return Urgency.DONE;
        }
        if (clock.paused()) {
            return Urgency.PAUSED;
        }
        return level(Duration.between(now, clock.dueAt()).toMillis(), clock.length().toMillis());
    }

    /** Level from remaining and length in milliseconds (for rows read without a full clock). */
    public Urgency level(long remainingMillis, long lengthMillis) {
        if (remainingMillis <= 0) {
            return Urgency.OVERDUE;
        }
        if (remainingMillis < critical.toMillis() || remainingMillis < lengthMillis * criticalShare) {
            return Urgency.CRITICAL;
        }
        if (remainingMillis < warning.toMillis() || remainingMillis < lengthMillis * warningShare) {
            return Urgency.WARNING;
        }
        return Urgency.OK;
    }

    /** Most urgent first; seller clocks before platform and buyer clocks of the same level; then soonest due. */
    public Comparator<CaseClock> order(Instant now) {
        return Comparator.<CaseClock, Urgency>comparing(c -> of(c, now))
                .thenComparing(CaseClock::actor)
                .thenComparing(c -> c.remaining(now));
    }
}
