package com.afterdesk.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.cases.CaseLogQuery;
import com.afterdesk.cases.CaseLogRow;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.cases.NewCase;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.domain.Platform;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoShopTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @Test
    void theSampleShopCoversEveryPlatformStateAndUrgencyWithChatsAndCustomers() {
        try (Backend b = Backend.open(home, CLOCK)) {
            DemoShop.Result r = b.demoShop().load(1);
            assertThat(r.cases()).isBetween(30, 80);
            assertThat(r.conversations()).isEqualTo(r.cases());
            assertThat(r.customers()).isPositive();
            List<CaseLogRow> rows = b.cases().log(CaseLogQuery.all().page(0, 500)).rows();
            assertThat(rows).hasSize(r.cases());
            assertThat(rows.stream().map(CaseLogRow::platform).collect(Collectors.toSet()))
                    .containsAll(EnumSet.of(Platform.TAOBAO, Platform.TMALL, Platform.JD, Platform.PDD, Platform.DOUYIN));
            assertThat(rows.stream().map(CaseLogRow::state).collect(Collectors.toSet())).containsAll(EnumSet.of(
                    CaseState.OPEN, CaseState.REQUESTED, CaseState.AWAITING_RETURN, CaseState.RETURN_IN_TRANSIT,
                    CaseState.REFUSED, CaseState.INTERVENTION, CaseState.RESOLVED, CaseState.CLOSED));
            Set<Urgency> urgencies = rows.stream().map(x -> x.urgency(b.cases().urgencyPolicy(), CLOCK.instant()))
                    .collect(Collectors.toSet());
            assertThat(urgencies).containsAll(EnumSet.of(Urgency.OVERDUE, Urgency.CRITICAL, Urgency.WARNING,
                    Urgency.OK, Urgency.PAUSED, Urgency.DONE));
            assertThat(rows.get(0).urgency(b.cases().urgencyPolicy(), CLOCK.instant()))
                    .as("most urgent first").isEqualTo(Urgency.OVERDUE);
            assertThat(rows).filteredOn(row -> !row.secondaryCategories().isEmpty()).as("cases with a further matter")
                    .isNotEmpty().allSatisfy(row -> assertThat(row.secondaryCategories()).doesNotContain(row.category()));
            assertThat(b.status().cases()).isEqualTo(r.cases());
            assertThat(b.status().conversations()).isEqualTo(r.conversations());
            assertThat(b.status().nextDeadline()).isPresent();
        }
    }

    @Test
    void loadingAgainReplacesTheSampleAndLeavesTheUsersOwnCasesAlone() {
        try (Backend b = Backend.open(home, CLOCK)) {
            long mine = b.cases().create(NewCase.of(Platform.TAOBAO, RequestType.REFUND_ONLY, "MY-ORDER-1")
                    .withBuyer("老顾客").withMoney(5000, 800), HistoryEntry.AGENT).id();
            DemoShop.Result first = b.demoShop().load(1);
            DemoShop.Result second = b.demoShop().load(7);
            assertThat(second.cases()).isEqualTo(first.cases());
            assertThat(b.cases().count()).isEqualTo(second.cases() + 1L);
            assertThat(b.chat().count()).isEqualTo(second.conversations());
            assertThat(b.cases().find(mine)).isPresent();
            assertThat(b.cases().find(mine).orElseThrow().record().demo()).isFalse();
        }
    }
}
