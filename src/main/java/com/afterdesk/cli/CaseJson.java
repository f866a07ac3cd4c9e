package com.afterdesk.cli;

import com.afterdesk.cases.CaseDetail;
import com.afterdesk.cases.CaseRecord;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.cases.Money;
import com.afterdesk.common.Messages;
import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.Countdown;
import com.afterdesk.deadlines.UrgencyPolicy;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;

/** JSON and human output of a case for the case commands (fields per design/cli.md). */
final class CaseJson {

    private CaseJson() {
    }

    static ObjectNode caseNode(CaseDetail d, Instant now, UrgencyPolicy policy, boolean full) {
        CaseRecord r = d.record();
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", r.id());
        o.put("platform", r.platform().id());
        o.put("type", r.type().name());
        o.put("shipped", r.shipped());
        o.put("state", r.state().name());
        o.put("orderNo", r.orderNo());
        if (full) {
            o.put("buyer", r.buyerNick());
            o.put("product", r.product());
            o.put("sku", r.sku());
            o.put("amountFen", r.amountFen());
            o.put("postageFen", r.postageFen());
            o.put("category", r.category().name());
            o.put("openedAt", CliTimes.iso(r.openedAt()));
            o.put("outcome", r.outcome() == null ? null : r.outcome().name());
            o.put("intervened", r.intervened());
            o.put("notes", r.notes());
        }
        ArrayNode clocks = o.putArray("clocks");
        for (CaseClock k : full ? d.clocks() : d.runningClocks()) {
            clocks.add(clockNode(k, now, policy));
        }
        if (full) {
            ArrayNode h = o.putArray("history");
            for (HistoryEntry e : d.history()) {
                ObjectNode x = h.addObject();
                x.put("at", CliTimes.iso(e.at()));
                x.put("actor", e.actor());
                x.put("event", e.event());
                x.put("from", e.fromState() == null ? null : e.fromState().name());
                x.put("to", e.toState() == null ? null : e.toState().name());
                x.put("details", e.details());
            }
            ArrayNode ev = o.putArray("evidence");
            d.evidence().forEach(i -> ev.addObject().put("item", i.key()).put("checked", i.checked()));
            ArrayNode f = o.putArray("followUps");
            d.followUps().forEach(x -> f.addObject().put("id", x.id()).put("reason", x.reason().name())
                    .put("dueAt", CliTimes.iso(x.dueAt())).put("done", !x.open()));
        }
        return o;
    }

    static ObjectNode clockNode(CaseClock k, Instant now, UrgencyPolicy policy) {
        ObjectNode c = Json.mapper().createObjectNode();
        c.put("id", k.id());
        c.put("kind", k.kind().name());
        c.put("actor", k.actor().name());
        c.put("startedAt", CliTimes.iso(k.startedAt()));
        c.put("dueAt", CliTimes.iso(k.dueAt()));
        c.put("onTimeout", k.onTimeout().name());
        c.put("source", k.source().name());
        c.put("ruleId", k.ruleId());
        c.put("computedDueAt", CliTimes.iso(k.computedDue()));
        c.put("paused", k.paused());
        c.put("done", k.done());
        c.put("doneAt", CliTimes.iso(k.doneAt()));
        c.put("urgency", policy.of(k, now).name());
        c.put("remainingSeconds", k.remaining(now).getSeconds());
        c.put("lengthSeconds", k.length().getSeconds());
        return c;
    }

    static void printHuman(PrintWriter out, Messages m, CaseDetail d, Instant now, UrgencyPolicy policy, boolean full) {
        CaseRecord r = d.record();
        Countdown countdown = new Countdown(m);
        out.println(m.tr("cli.case.header", String.valueOf(r.id()), r.orderNo(), m.tr(r.platform().labelKey()),
                m.tr(r.type().labelKey()), m.tr(r.state().labelKey())));
        if (full) {
            out.println(m.tr("cli.case.details", r.buyerNick(), r.product(), Money.format(r.amountFen()),
                    Money.format(r.postageFen()), m.tr(r.category().labelKey())));
        }
        for (CaseClock k : full ? d.clocks() : d.runningClocks()) {
            out.println(m.tr(k.done() ? "cli.case.clockDone" : "cli.case.clock", m.tr(k.kind().labelKey()),
                    m.tr(k.actor().labelKey()), Countdown.dueText(k.dueAt(), Countdown.SHOP_ZONE),
                    countdown.format(k, now), m.tr(k.onTimeout().labelKey()), m.tr(k.source().labelKey()),
                    m.tr(policy.of(k, now).labelKey())));
        }
        if (d.runningClocks().isEmpty() && !full) {
            out.println(m.tr("cli.case.noClock"));
        }
        if (full) {
            for (HistoryEntry e : d.history()) {
                out.println(m.tr("cli.case.history", Countdown.dueText(e.at(), Countdown.SHOP_ZONE), e.actor(),
                        e.event(), e.details()));
            }
        }
    }
}
