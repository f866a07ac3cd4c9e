package com.afterdesk.cases;

import com.afterdesk.common.UserException;
import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.ClockKind;
import com.afterdesk.deadlines.Lifecycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The seeds' follow-up habits as automatic reminders: refused refunds daily; buyer must ship back with under
 * 48 h left: call; waiting to receive a return: check twice a day. Automatic reminders of a state close when the
 * case leaves it; manual ones stay.
 */
final class FollowUps {

    static final Duration DAILY = Duration.ofDays(1);
    static final Duration TWICE_A_DAY = Duration.ofHours(12);
    static final Duration CALL_BEFORE = Duration.ofHours(48);

    /** Which state each automatic reason belongs to. */
    private static final Map<FollowUpReason, CaseState> STATE_OF = Map.of(
            FollowUpReason.REFUSED_DAILY, CaseState.REFUSED,
            FollowUpReason.CALL_BUYER_SHIP_BACK, CaseState.AWAITING_RETURN,
            FollowUpReason.CHECK_RETURN, CaseState.RETURN_IN_TRANSIT);

    private FollowUps() {
    }

    static void onTransition(Connection c, long caseId, Lifecycle.Transition t, List<CaseClock> clocks, Instant now)
            throws SQLException {
        if (t.from() == t.to()) {
            return;
        }
        // close the automatic reminders of the state the case left
        try (PreparedStatement ps = c.prepareStatement("UPDATE follow_up SET done_at = ? WHERE case_id = ? "
                + "AND done_at IS NULL AND reason = ?")) {
            for (var e : STATE_OF.entrySet()) {
                if (e.getValue() == t.from()) {
                    ps.setLong(1, t.at().toEpochMilli());
                    ps.setLong(2, caseId);
                    ps.setString(3, e.getKey().name());
                    ps.executeUpdate();
                }
            }
        }
        switch (t.to()) {
            case REFUSED -> CaseRepository.insertFollowUp(c, caseId, t.at().plus(DAILY), FollowUpReason.REFUSED_DAILY,
                    "", now);
            case AWAITING_RETURN -> {
                Instant due = clocks.stream().filter(k -> k.running() && k.kind() == ClockKind.BUYER_SHIP_BACK)
                        .map(CaseClock::dueAt).findFirst().orElse(null);
                if (due != null) {
                    Instant call = due.minus(CALL_BEFORE);
                    CaseRepository.insertFollowUp(c, caseId, call.isBefore(t.at()) ? t.at() : call,
                            FollowUpReason.CALL_BUYER_SHIP_BACK, "", now);
                }
            }
            case RETURN_IN_TRANSIT -> CaseRepository.insertFollowUp(c, caseId, t.at().plus(TWICE_A_DAY),
                    FollowUpReason.CHECK_RETURN, "", now);
            default -> {
            }
        }
    }

    static FollowUp find(Connection c, long id) throws SQLException {
        List<FollowUp> found = CaseRepository.followUps(c, "id = ?", id);
        if (found.isEmpty()) {
            throw new UserException("cases.followUp.notFound", String.valueOf(id));
        }
        return found.get(0);
    }

    static void complete(Connection c, long id, String actor, Instant now) throws SQLException {
        FollowUp f = find(c, id);
        if (!f.open()) {
            throw new UserException("cases.followUp.alreadyDone", String.valueOf(id));
        }
        CaseRepository.updateFollowUp(c, id, f.dueAt(), now);
        CaseState state = CaseRepository.findCase(c, f.caseId()).map(CaseRecord::state).orElse(null);
        CaseRepository.appendHistory(c, f.caseId(), now, actor, "FOLLOW_UP_DONE", f.reason().name(), state, null);
        // recurring habits: the next reminder, while the case is still in that state
        if (f.reason() == FollowUpReason.REFUSED_DAILY && state == CaseState.REFUSED) {
            CaseRepository.insertFollowUp(c, f.caseId(), now.plus(DAILY), f.reason(), f.note(), now);
        } else if (f.reason() == FollowUpReason.CHECK_RETURN && state == CaseState.RETURN_IN_TRANSIT) {
            CaseRepository.insertFollowUp(c, f.caseId(), now.plus(TWICE_A_DAY), f.reason(), f.note(), now);
        }
    }
}
