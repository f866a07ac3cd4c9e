package com.afterdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.domain.Platform;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PresetsTest {

    @ParameterizedTest
    @EnumSource(value = Platform.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void everyPresetLoadsAndRoundTrips(Platform p) {
        RuleSet set = RuleBook.preset(p);
        assertThat(set.platform()).isEqualTo(p);
        assertThat(set.rules()).isNotEmpty().allSatisfy(r -> assertThat(r.id()).startsWith(p.id() + "."));
        RuleSet again = RuleFile.read(RuleFile.toText(set));
        assertThat(again.rules()).hasSameSizeAs(set.rules());
        for (int i = 0; i < set.rules().size(); i++) {
            Rule a = set.rules().get(i);
            Rule b = again.rules().get(i);
            assertThat(b.withDuration(a.duration())).usingRecursiveComparison().ignoringFields("line").isEqualTo(a);
        }
    }

    @Test
    void otherHasNoPlatformClocks() {
        assertThat(RuleBook.preset(Platform.OTHER).rules()).isEmpty();
    }

    @Test
    void conflictingAndLowConfidenceRowsAreMarked() {
        assertThat(RuleBook.preset(Platform.PDD).byId("pdd.unshipped.refund").orElseThrow().confidence())
                .isEqualTo(Confidence.CONFLICTING);
        assertThat(RuleBook.preset(Platform.JD).rules()).allSatisfy(r ->
                assertThat(r.confidence()).isIn(Confidence.LOW, Confidence.CONFLICTING));
        Rule pdd = RuleBook.preset(Platform.PDD).clockRule(CaseState.REQUESTED, RequestType.REFUND_ONLY, false,
                Instant.parse("2026-01-01T00:00:00Z")).orElseThrow();
        assertThat(pdd.duration()).isEqualTo(Duration.ofHours(48));
    }
}
