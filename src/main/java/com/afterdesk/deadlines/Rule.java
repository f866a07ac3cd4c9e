package com.afterdesk.deadlines;

import com.afterdesk.domain.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of a platform's rule file.
 *
 * @param types         request types it applies to
 * @param shipped       null = either; else only cases with this shipped flag
 * @param state         the state whose entry starts the clock (null for reference rows)
 * @param afterDelivery for RETURN_IN_TRANSIT: once RETURN_DELIVERED is recorded, due this long after delivery
 *                      (never beyond the original due time)
 * @param instant       an immediate platform action (极速退款): logged, no countdown
 * @param reference     shown and editable, but not a lifecycle clock (e.g. seven-day no-reason window)
 * @param line          line in the file it was read from (0 when built in code)
 */
public record Rule(String id, Platform platform, String title, Set<RequestType> types, Boolean shipped,
                   CaseState state, ClockKind kind, Actor actor, Duration duration, Duration afterDelivery,
                   TimeoutAction onTimeout, boolean instant, boolean reference, String source, LocalDate effective,
                   Confidence confidence, String confidenceNote, int line) {

    /** True when this rule starts a clock for a case entering {@code s}. */
    public boolean startsClock() {
        return !instant && !reference && state != null && kind != null && duration != null;
    }

    public boolean matches(CaseState s, RequestType type, boolean isShipped) {
        return state == s && types.contains(type) && (shipped == null || shipped == isShipped);
    }

    public Rule withDuration(Duration d) {
        return new Rule(id, platform, title, types, shipped, state, kind, actor, d, afterDelivery, onTimeout, instant,
                reference, source, effective, confidence, confidenceNote, line);
    }
}
