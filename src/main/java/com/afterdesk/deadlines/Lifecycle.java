package com.afterdesk.deadlines;

import com.afterdesk.common.UserException;
import com.afterdesk.domain.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The clock engine: which events a state accepts, where they lead, and which clocks they start, stop, pause
 * or move (shared/domain/case-lifecycle.md). Pure functions of the case's facts, its clocks and the rules; the
 * caller stores the result.
 */
public final class Lifecycle {

    /** What the engine needs to know about a case. */
    public record Facts(Platform platform, RequestType type, boolean shipped, CaseState state, Instant openedAt) {
    }

    /**
     * The result of an event.
     *
     * @param clocks     every clock of the case afterwards (changed ones replaced, new ones with id 0)
     * @param outcome    the case's outcome afterwards (null while it is not finished or not known)
     * @param intervened true when the platform intervened with this event
     * @param shipped    the shipped flag afterwards
     * @param changes    what happened to the clocks, for the history
     */
    public record Transition(CaseState from, CaseState to, CaseEvent event, Instant at, List<CaseClock> clocks,
                             Outcome outcome, boolean intervened, boolean shipped, List<String> changes) {
    }

    private Lifecycle() {
    }

    /** The events the case accepts now (for the case view's buttons). */
    public static Set<CaseEvent> allowedEvents(Facts f, List<CaseClock> clocks, Instant now) {
        Set<CaseEvent> out = EnumSet.noneOf(CaseEvent.class);
        for (CaseEvent e : CaseEvent.values()) {
            if (refusal(f, clocks, e, now) == null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Applies an event at {@code at}. An event the state does not accept is refused with a
     * {@link UserException} and nothing is returned (nothing changes).
     */
    public static Transition apply(Facts f, List<CaseClock> clocks, CaseEvent event, Instant at, RuleSet rules) {
        UserException refused = refusal(f, clocks, event, at);
        if (refused != null) {
            throw refused;
        }
        CaseState from = f.state();
        CaseEvent effective = event;
        Outcome outcome = null;
        CaseState to;
        List<String> changes = new ArrayList<>();
        if (event == CaseEvent.TIMED_OUT) {
            CaseClock due = dueClock(clocks, at).orElseThrow();
            changes.add("timeout " + due.kind() + " " + due.onTimeout());
            effective = switch (due.onTimeout()) {
                case AUTO_AGREE -> CaseEvent.SELLER_AGREED;
                case AUTO_REFUND -> CaseEvent.REFUNDED;
                default -> CaseEvent.TIMED_OUT;
            };
        }
        to = target(f, effective);
        outcome = outcome(f, effective, to);
        boolean shipped = f.shipped() || event == CaseEvent.SHIPPED_BEFORE_DEADLINE;
        List<CaseClock> result = new ArrayList<>(clocks);
        String reason = event.name();
        if (to != from) {
            for (int i = 0; i < result.size(); i++) {
                CaseClock c = result.get(i);
                if (!c.running()) {
                    continue;
                }
                boolean keepPaused = to == CaseState.INTERVENTION
                        && !(from == CaseState.REFUSED && c.kind() == ClockKind.BUYER_RESPOND_REFUSAL);
                if (keepPaused) {
                    if (!c.paused()) {
                        result.set(i, c.pause(at));
                        changes.add("pause " + c.kind());
                    }
                } else {
                    result.set(i, c.stop(at, reason));
                    changes.add("stop " + c.kind());
                }
            }
        } else if (event == CaseEvent.RETURN_DELIVERED) {
            for (int i = 0; i < result.size(); i++) {
                CaseClock c = result.get(i);
                if (c.running() && c.kind() == ClockKind.SELLER_CONFIRM_RECEIPT && c.source() == ClockSource.RULE) {
                    Optional<Rule> rule = rules.byId(c.ruleId());
                    if (rule.isPresent() && rule.get().afterDelivery() != null) {
                        Instant cap = at.plus(rule.get().afterDelivery());
                        if (!c.paused() && cap.isBefore(c.dueAt())) {
                            result.set(i, c.withRuleDue(cap));
                            changes.add("due " + c.kind() + " " + cap);
                        }
                    }
                }
            }
        } else if (event == CaseEvent.EVIDENCE_SUBMITTED) {
            for (int i = 0; i < result.size(); i++) {
                CaseClock c = result.get(i);
                if (c.running() && c.kind() == ClockKind.EVIDENCE_DUE) {
                    result.set(i, c.stop(at, reason));
                    changes.add("stop " + c.kind());
                }
            }
        }
        if (to != from && !to.isFinal()) {
            Optional<Rule> rule = rules.clockRule(to, f.type(), shipped, at);
            if (rule.isPresent()) {
                Rule r = rule.get();
                Instant due = rules.computeDue(at, r.duration());
                CaseClock c = CaseClock.start(r.kind(), r.actor(), at, due, r.onTimeout(), ClockSource.RULE, r.id());
                result.add(c);
                changes.add("start " + c.kind() + " " + due + " " + r.id());
            }
        }
        return new Transition(from, to, event, at, List.copyOf(result), outcome,
                event == CaseEvent.INTERVENTION_OPENED, shipped, List.copyOf(changes));
    }

    /** The rule clock that starts when a case with these facts is in its current state (used on creation). */
    public static Optional<CaseClock> initialClock(Facts f, Instant at, RuleSet rules) {
        return rules.clockRule(f.state(), f.type(), f.shipped(), at).map(r -> CaseClock.start(r.kind(), r.actor(), at,
                rules.computeDue(at, r.duration()), r.onTimeout(), ClockSource.RULE, r.id()));
    }

    private static Optional<CaseClock> dueClock(List<CaseClock> clocks, Instant at) {
        return clocks.stream().filter(c -> c.running() && !c.paused() && !c.dueAt().isAfter(at))
                .filter(c -> c.onTimeout() == TimeoutAction.AUTO_REFUND || c.onTimeout() == TimeoutAction.AUTO_AGREE
                        || c.onTimeout() == TimeoutAction.AUTO_CLOSE)
                .findFirst();
    }

    /** Why the event is refused, or null when it is accepted. */
    private static UserException refusal(Facts f, List<CaseClock> clocks, CaseEvent e, Instant at) {
        CaseState s = f.state();
        boolean unshippedRefund = f.type() == RequestType.REFUND_ONLY && !f.shipped();
        boolean ok = switch (e) {
            case REQUEST_OPENED -> s == CaseState.OPEN;
            case SELLER_AGREED -> s == CaseState.REQUESTED;
            case SELLER_REFUSED -> s == CaseState.REQUESTED || s == CaseState.RETURN_IN_TRANSIT;
            case REFUNDED -> s == CaseState.REQUESTED || s == CaseState.RETURN_IN_TRANSIT;
            case INSTANT_REFUNDED, SHIPPED_BEFORE_DEADLINE -> s == CaseState.REQUESTED && unshippedRefund;
            case BUYER_CANCELLED -> s == CaseState.REQUESTED || s == CaseState.AWAITING_RETURN;
            case BUYER_SHIPPED -> s == CaseState.AWAITING_RETURN;
            case RETURN_DELIVERED, SELLER_RECEIVED -> s == CaseState.RETURN_IN_TRANSIT;
            case BUYER_MODIFIED -> s == CaseState.REFUSED;
            case INTERVENTION_OPENED -> s == CaseState.REFUSED || s == CaseState.REQUESTED
                    || s == CaseState.AWAITING_RETURN || s == CaseState.RETURN_IN_TRANSIT;
            case EVIDENCE_SUBMITTED, RULED_FOR_SELLER, RULED_FOR_BUYER -> s == CaseState.INTERVENTION;
            case TIMED_OUT -> !s.isFinal() && s != CaseState.INTERVENTION;
            case CASE_RESOLVED -> s == CaseState.OPEN;
            case REOPENED -> s.isFinal();
        };
        if (!ok) {
            return new UserException("deadlines.event.notAllowed", e.name(), s.name());
        }
        if (e == CaseEvent.REQUEST_OPENED && f.type() == RequestType.NONE) {
            return new UserException("deadlines.event.needsRequestType");
        }
        if (e == CaseEvent.EVIDENCE_SUBMITTED
                && clocks.stream().noneMatch(c -> c.running() && c.kind() == ClockKind.EVIDENCE_DUE)) {
            return new UserException("deadlines.event.noEvidenceClock");
        }
        if (e == CaseEvent.TIMED_OUT && dueClock(clocks, at).isEmpty()) {
            return new UserException("deadlines.event.notDue");
        }
        return null;
    }

    private static CaseState target(Facts f, CaseEvent e) {
        return switch (e) {
            case REQUEST_OPENED, BUYER_MODIFIED -> CaseState.REQUESTED;
            case SELLER_AGREED -> f.type().needsReturn() ? CaseState.AWAITING_RETURN : CaseState.RESOLVED;
            case SELLER_REFUSED -> CaseState.REFUSED;
            case REFUNDED, INSTANT_REFUNDED, SELLER_RECEIVED, RULED_FOR_BUYER, CASE_RESOLVED -> CaseState.RESOLVED;
            case BUYER_CANCELLED, SHIPPED_BEFORE_DEADLINE, RULED_FOR_SELLER, TIMED_OUT -> CaseState.CLOSED;
            case BUYER_SHIPPED, RETURN_DELIVERED -> CaseState.RETURN_IN_TRANSIT;
            case INTERVENTION_OPENED, EVIDENCE_SUBMITTED -> CaseState.INTERVENTION;
            case REOPENED -> CaseState.OPEN;
        };
    }

    private static Outcome outcome(Facts f, CaseEvent e, CaseState to) {
        if (!to.isFinal()) {
            return null;
        }
        return switch (e) {
            case REFUNDED, INSTANT_REFUNDED -> Outcome.REFUNDED;
            case SELLER_AGREED -> f.type() == RequestType.REFUND_ONLY ? Outcome.REFUNDED : null;
            case SELLER_RECEIVED -> switch (f.type()) {
                case EXCHANGE -> Outcome.EXCHANGED;
                case REPAIR -> null;
                default -> Outcome.REFUNDED;
            };
            case BUYER_CANCELLED -> Outcome.WITHDRAWN;
            case TIMED_OUT -> Outcome.AUTO_CLOSED;
            case RULED_FOR_SELLER -> Outcome.RULED_FOR_SELLER;
            case RULED_FOR_BUYER -> Outcome.RULED_FOR_BUYER;
            default -> null;
        };
    }
}
