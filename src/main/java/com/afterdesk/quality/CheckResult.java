package com.afterdesk.quality;

import java.util.List;

/** The outcome of checking a reply: {@code ok} when nothing blocks sending; findings in text order. */
public record CheckResult(boolean ok, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    static CheckResult of(List<Finding> findings) {
        return new CheckResult(findings.stream().noneMatch(Finding::blocks), findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    public List<Finding> blocking() {
        return findings.stream().filter(Finding::blocks).toList();
    }

    public List<Finding> of(RuleId rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }
}
