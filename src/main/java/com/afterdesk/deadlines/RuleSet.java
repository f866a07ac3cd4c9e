package com.afterdesk.deadlines;

import com.afterdesk.domain.Platform;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rules in force for one platform: rule rows plus dated override windows. */
public record RuleSet(Platform platform, ZoneId zone, List<Rule> rules, List<OverrideWindow> overrides) {

    public RuleSet {
        rules = List.copyOf(rules);
        overrides = overrides.stream().sorted(Comparator.comparing(OverrideWindow::from)).toList();
    }

    /** No platform clocks at all (platform {@code other}). */
    public static RuleSet empty(Platform platform) {
        return new RuleSet(platform, Countdown.SHOP_ZONE, List.of(), List.of());
    }

    /**
     * The rule that starts a clock when a case enters {@code state} at {@code at}: of the matching rules, the
     * one with the latest effective date on or before that day (the earliest one if all are newer).
     */
    public Optional<Rule> clockRule(CaseState state, RequestType type, boolean shipped, Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        List<Rule> matching = rules.stream().filter(Rule::startsClock).filter(r -> r.matches(state, type, shipped))
                .toList();
        Optional<Rule> inForce = matching.stream().filter(r -> r.effective() == null || !r.effective().isAfter(day))
                .max(Comparator.comparing(r -> r.effective() == null ? LocalDate.MIN : r.effective()));
        return inForce.isPresent() ? inForce
                : matching.stream().min(Comparator.comparing(r -> r.effective() == null ? LocalDate.MIN : r.effective()));
    }

    public Optional<Rule> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** start + duration, moved by every override window the due time falls into (in date order). */
    public Instant computeDue(Instant start, Duration duration) {
        Instant due = start.plus(duration);
        for (OverrideWindow w : overrides) {
            due = w.apply(start, due);
        }
        return due;
    }
}
