package com.afterdesk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.afterdesk.backend.Backend;
import com.afterdesk.common.UserException;
import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.CaseEvent;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.ClockKind;
import com.afterdesk.deadlines.ClockSource;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseServiceTest {

    static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path home;

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    MovingClock clock;
    Backend backend;
    CaseService cases;

    @BeforeEach
    void open() {
        clock = new MovingClock();
        backend = Backend.open(home, clock);
        cases = backend.cases();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    CaseDetail refund(String order) {
        return cases.create(NewCase.of(Platform.TAOBAO, RequestType.REFUND_ONLY, order).withBuyer("小鱼")
                .withMoney(5990, 800).withProduct("保温杯", "白色").withCategory(Category.DAMAGED,
                        Set.of(Category.THREAT_EXTORTION)), HistoryEntry.AGENT);
    }

    @Test
    void aCaseRoundTripsWithItsCustomerClocksHistoryAndChecklist() {
        CaseDetail d = refund("TB1");
        CaseRecord r = d.record();
        assertThat(r.state()).isEqualTo(CaseState.REQUESTED);
        assertThat(r.amountFen()).isEqualTo(5990);
        assertThat(r.postageFen()).isEqualTo(800);
        assertThat(r.buyerNick()).isEqualTo("小鱼");
        assertThat(r.secondaryCategories()).containsExactly(Category.THREAT_EXTORTION);
        assertThat(backend.customers().find(Platform.TAOBAO, "小鱼")).isPresent();
        assertThat(d.clocks()).singleElement().satisfies(k -> assertThat(k.dueAt()).isEqualTo(T0.plus(Duration.ofHours(24))));
        assertThat(d.history()).extracting(HistoryEntry::event).containsExactly("CREATED", "REQUEST_OPENED");
        assertThat(d.evidence()).extracting(EvidenceItem::key)
                .containsExactly("ITEM_PHOTOS", "BOX_PHOTOS", "WAYBILL", "COURIER_CLAIM", "CHAT_RECORD");
        refund("TB2");
        assertThat(backend.customers().count()).as("same buyer, one customer row").isEqualTo(1);
        assertThat(backend.status().cases()).isEqualTo(2);
        assertThat(backend.status().nextDeadline()).get()
                .satisfies(n -> assertThat(n.onTimeout()).isEqualTo("AUTO_REFUND"));
    }

    @Test
    void badInputIsRefusedAndNothingChanges() {
        CaseDetail d = refund("TB1");
        assertThatThrownBy(() -> cases.create(NewCase.of(Platform.TAOBAO, RequestType.REFUND_ONLY, "TB2")
                .withMoney(-1, 0), HistoryEntry.AGENT)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("cases.amount.negative");
        assertThat(cases.count()).isEqualTo(1);
        assertThatThrownBy(() -> cases.applyEvent(d.id(), CaseEvent.BUYER_SHIPPED, null, HistoryEntry.AGENT))
                .isInstanceOf(UserException.class);
        assertThatThrownBy(() -> cases.applyEvent(d.id(), CaseEvent.SELLER_AGREED, T0.minusSeconds(60),
                HistoryEntry.AGENT)).isInstanceOf(UserException.class)
                .extracting(e -> ((UserException) e).key()).isEqualTo("cases.event.beforeOpened");
        CaseDetail other = cases.create(NewCase.of(Platform.OTHER, RequestType.NONE, "X1"), HistoryEntry.AGENT);
        assertThatThrownBy(() -> cases.setPlatformDue(other.id(), T0.minusSeconds(1), HistoryEntry.AGENT))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key()).isEqualTo("cases.due.past");
        assertThat(cases.detail(d.id())).isEqualTo(d);
        assertThat(cases.detail(other.id()).clocks()).isEmpty();
    }

    @Test
    void exactPlatformTimeoutOverridesTheComputedOne() {
        CaseDetail d = refund("TB1");
        Instant exact = T0.plus(Duration.ofHours(23)).plusSeconds(17);
        CaseDetail after = cases.setPlatformDue(d.id(), exact, HistoryEntry.AGENT);
        CaseClock k = after.runningClocks().get(0);
        assertThat(k.source()).isEqualTo(ClockSource.PLATFORM);
        assertThat(k.dueAt()).isEqualTo(exact);
        assertThat(k.computedDue()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(cases.log(CaseLogQuery.all()).rows().get(0).head().source()).isEqualTo(ClockSource.PLATFORM);
    }

    @Test
    void pauseAndResumeMoveTheDueTimeByThePausedDuration() {
        CaseDetail d = refund("TB1");
        clock.now = T0.plus(Duration.ofHours(2));
        cases.pause(d.id(), HistoryEntry.AGENT);
        assertThat(cases.log(CaseLogQuery.all()).rows().get(0).urgency(cases.urgencyPolicy(), clock.now))
                .isEqualTo(Urgency.PAUSED);
        clock.now = T0.plus(Duration.ofHours(7));
        CaseDetail resumed = cases.resume(d.id(), HistoryEntry.AGENT);
        assertThat(resumed.runningClocks().get(0).dueAt()).isEqualTo(T0.plus(Duration.ofHours(29)));
        assertThatThrownBy(() -> cases.resume(d.id(), HistoryEntry.AGENT)).isInstanceOf(UserException.class);
        assertThat(resumed.history()).extracting(HistoryEntry::event).contains("PAUSED", "RESUMED");
    }

    @Test
    void theLogSortsMostUrgentSellerClockFirstAndFilters() {
        long ok = cases.create(NewCase.of(Platform.TAOBAO, RequestType.RETURN_REFUND, "OK").withShipped(true),
                HistoryEntry.AGENT).id();
        long critical = cases.create(NewCase.of(Platform.TAOBAO, RequestType.REFUND_ONLY, "CRIT")
                .withOpenedAt(T0.minus(Duration.ofHours(23))), HistoryEntry.AGENT).id();
        long overdue = cases.create(NewCase.of(Platform.PDD, RequestType.REFUND_ONLY, "LATE")
                .withOpenedAt(T0.minus(Duration.ofHours(50))), HistoryEntry.AGENT).id();
        long buyer = cases.create(NewCase.of(Platform.TAOBAO, RequestType.REFUND_ONLY, "BUY").withShipped(true)
                .withOpenedAt(T0.minus(Duration.ofDays(6)).minus(Duration.ofHours(12))), HistoryEntry.AGENT).id();
        // buyer clock (7 days) with 12 h left: critical (under 10 %), but after the seller clock of the same level
        cases.applyEvent(buyer, CaseEvent.SELLER_REFUSED, T0.minus(Duration.ofDays(6)).minus(Duration.ofHours(12)),
                HistoryEntry.AGENT);
        long none = cases.create(NewCase.of(Platform.OTHER, RequestType.NONE, "NONE").withProduct("雨靴", ""),
                HistoryEntry.AGENT).id();
        CaseLogPage page = cases.log(CaseLogQuery.all());
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.rows()).extracting(CaseLogRow::caseId).containsExactly(overdue, critical, buyer, ok, none);
        assertThat(page.rows()).extracting(r -> r.urgency(cases.urgencyPolicy(), T0))
                .containsExactly(Urgency.OVERDUE, Urgency.CRITICAL, Urgency.CRITICAL, Urgency.OK, Urgency.DONE);
        assertThat(cases.log(CaseLogQuery.all().withPlatforms(Set.of(Platform.PDD))).rows())
                .extracting(CaseLogRow::caseId).containsExactly(overdue);
        assertThat(cases.log(CaseLogQuery.dueToday()).rows()).extracting(CaseLogRow::caseId)
                .containsExactly(overdue, critical, buyer);
        assertThat(cases.log(CaseLogQuery.all().withText("雨")).rows()).extracting(CaseLogRow::caseId)
                .containsExactly(none);
        assertThat(cases.log(CaseLogQuery.all().withUrgencies(Set.of(Urgency.OK))).total()).isEqualTo(1);
        assertThat(cases.log(CaseLogQuery.all().withStates(Set.of(CaseState.REFUSED))).rows())
                .extracting(CaseLogRow::caseId).containsExactly(buyer);
        assertThat(cases.log(CaseLogQuery.all().page(1, 2)).rows()).extracting(CaseLogRow::caseId)
                .containsExactly(critical, buyer);
        List<DueClock> due = cases.due(T0, Duration.ofHours(24));
        assertThat(due).extracting(DueClock::caseId).containsExactly(overdue, critical, buyer);
    }

    /** Filtering by a category finds the cases that involve it, as the primary or as a further matter. */
    @Test
    void theCategoryFilterFindsSecondaryCategoriesToo() {
        long damaged = cases.create(NewCase.of(Platform.TAOBAO, RequestType.REFUND_ONLY, "D1")
                .withCategory(Category.DAMAGED, Set.of(Category.QUALITY_DEFECT, Category.SHIP_LATE)), HistoryEntry.AGENT)
                .id();
        long defect = cases.create(NewCase.of(Platform.JD, RequestType.REFUND_ONLY, "Q1")
                .withCategory(Category.QUALITY_DEFECT, Set.of()), HistoryEntry.AGENT).id();
        long late = cases.create(NewCase.of(Platform.PDD, RequestType.REFUND_ONLY, "L1")
                .withCategory(Category.LOGISTICS_DELAY, Set.of()), HistoryEntry.AGENT).id();

        assertThat(cases.log(CaseLogQuery.all().withCategories(Set.of(Category.QUALITY_DEFECT))).rows())
                .extracting(CaseLogRow::caseId).containsExactlyInAnyOrder(damaged, defect);
        assertThat(cases.log(CaseLogQuery.all().withCategories(Set.of(Category.DAMAGED))).rows())
                .extracting(CaseLogRow::caseId).containsExactly(damaged);
        assertThat(cases.log(CaseLogQuery.all().withCategories(Set.of(Category.SHIP_LATE, Category.LOGISTICS_DELAY)))
                .rows()).extracting(CaseLogRow::caseId).containsExactlyInAnyOrder(damaged, late);
        // no other category name hides inside a stored list (LOGISTICS_DELAY is not LOGISTICS_EXCEPTION)
        assertThat(cases.log(CaseLogQuery.all().withCategories(Set.of(Category.LOGISTICS_EXCEPTION))).total()).isZero();

        CaseLogRow row = cases.log(CaseLogQuery.all().withText("D1")).rows().get(0);
        assertThat(row.category()).isEqualTo(Category.DAMAGED);
        assertThat(row.secondaryCategories()).containsExactlyInAnyOrder(Category.QUALITY_DEFECT, Category.SHIP_LATE);
        cases.setCategory(damaged, Category.DAMAGED, Set.of(), HistoryEntry.AGENT);
        assertThat(cases.log(CaseLogQuery.all().withCategories(Set.of(Category.QUALITY_DEFECT))).rows())
                .extracting(CaseLogRow::caseId).containsExactly(defect);
    }

    @Test
    void followUpsFollowTheSeedsHabits() {
        long id = cases.create(NewCase.of(Platform.TAOBAO, RequestType.RETURN_REFUND, "R").withShipped(true),
                HistoryEntry.AGENT).id();
        cases.applyEvent(id, CaseEvent.SELLER_REFUSED, null, HistoryEntry.AGENT);
        FollowUp daily = cases.detail(id).followUps().get(0);
        assertThat(daily.reason()).isEqualTo(FollowUpReason.REFUSED_DAILY);
        assertThat(daily.dueAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        clock.now = T0.plus(Duration.ofDays(1));
        cases.completeFollowUp(daily.id(), HistoryEntry.AGENT);
        assertThat(cases.detail(id).followUps()).filteredOn(FollowUp::open).singleElement()
                .satisfies(f -> assertThat(f.dueAt()).isEqualTo(T0.plus(Duration.ofDays(2))));
        cases.applyEvent(id, CaseEvent.BUYER_MODIFIED, null, HistoryEntry.AGENT);
        cases.applyEvent(id, CaseEvent.SELLER_AGREED, null, HistoryEntry.AGENT);
        CaseDetail d = cases.detail(id);
        assertThat(d.followUps()).filteredOn(FollowUp::open).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(FollowUpReason.CALL_BUYER_SHIP_BACK);
            assertThat(f.dueAt()).isEqualTo(clock.now.plus(Duration.ofDays(7)).minus(Duration.ofHours(48)));
        });
        cases.applyEvent(id, CaseEvent.BUYER_SHIPPED, null, HistoryEntry.AGENT);
        assertThat(cases.detail(id).followUps()).filteredOn(FollowUp::open).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo(FollowUpReason.CHECK_RETURN));
        FollowUp manual = cases.addFollowUp(id, clock.now.plusSeconds(3600), "问快递", HistoryEntry.AGENT);
        FollowUp snoozed = cases.snoozeFollowUp(manual.id(), clock.now.plusSeconds(7200), HistoryEntry.AGENT);
        assertThat(snoozed.dueAt()).isEqualTo(clock.now.plusSeconds(7200));
    }

    @Test
    void evidenceFilesAreCopiedAndTheDisputePackageHoldsThem() throws Exception {
        CaseDetail d = refund("TB1");
        Path photo = Files.writeString(home.resolveSibling(home.getFileName() + "-photo.jpg"), "jpeg bytes");
        EvidenceFile f = cases.attachEvidence(d.id(), "BOX_PHOTOS", photo, HistoryEntry.AGENT);
        assertThat(f.path()).startsWith(backend.folder().attachments().resolve("case-" + d.id()));
        assertThat(Files.readString(f.path())).isEqualTo("jpeg bytes");
        assertThat(cases.detail(d.id()).evidence()).filteredOn(EvidenceItem::checked).extracting(EvidenceItem::key)
                .containsExactly("BOX_PHOTOS");
        assertThatThrownBy(() -> cases.checkEvidence(d.id(), "NOPE", true, HistoryEntry.AGENT))
                .isInstanceOf(UserException.class);
        Path zip = home.resolve("out/package.zip");
        cases.exportDisputePackage(d.id(), zip, true, com.afterdesk.common.Messages.forLocale(java.util.Locale.CHINA));
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.stream().map(java.util.zip.ZipEntry::getName))
                    .contains("summary.txt", "history.csv", "evidence/" + f.path().getFileName());
            String summary = new String(z.getInputStream(z.getEntry("summary.txt")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(summary).contains("TB1").contains("[x] 外包装照片").contains("59.90");
        }
        Path folder = cases.exportDisputePackage(d.id(), home.resolve("pkg"), false,
                com.afterdesk.common.Messages.forLocale(java.util.Locale.ENGLISH));
        assertThat(folder.resolve("evidence").resolve(f.path().getFileName())).exists();
    }

    @Test
    void alertsAreNeverShownTwiceForTheSameThreshold() {
        CaseDetail d = refund("TB1");
        AlertTracker alerts = backend.alerts();
        assertThat(alerts.pending()).as("a 24 h clock does not alert for 24 h the moment it starts").isEmpty();
        clock.now = T0.plus(Duration.ofHours(23));
        assertThat(alerts.pending()).singleElement().satisfies(a -> assertThat(a.threshold()).isEqualTo("PT2H"));
        alerts.touch();
        // the app is closed while the clock crosses 30 min and runs out
        clock.now = T0.plus(Duration.ofHours(25));
        AlertTracker.Summary summary = alerts.closedSummary();
        assertThat(summary.overdue()).singleElement().satisfies(a -> assertThat(a.clock().caseId()).isEqualTo(d.id()));
        alerts.markShown(summary.all());
        assertThat(alerts.pending()).isEmpty();
        assertThat(alerts.closedSummary().isEmpty()).isTrue();
    }

    @Test
    void shopDurationEditsAndImportsChangeNewClocksOnly() throws Exception {
        backend.rules().setDuration(Platform.TAOBAO, "taobao.unshipped.refund", Duration.ofHours(12));
        CaseDetail d = refund("TB1");
        assertThat(d.runningClocks().get(0).dueAt()).isEqualTo(T0.plus(Duration.ofHours(12)));
        assertThat(backend.rules().entries(Platform.TAOBAO)).filteredOn(e -> e.overridden()).singleElement()
                .satisfies(e -> assertThat(e.fileDuration()).isEqualTo(Duration.ofHours(24)));
        backend.rules().resetDuration(Platform.TAOBAO, "taobao.unshipped.refund");
        assertThat(refund("TB2").runningClocks().get(0).dueAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(cases.detail(d.id()).runningClocks().get(0).dueAt()).isEqualTo(T0.plus(Duration.ofHours(12)));
        assertThatThrownBy(() -> backend.rules().setDuration(Platform.TAOBAO, "taobao.unshipped.refund",
                Duration.ofHours(-1))).isInstanceOf(UserException.class);
        assertThat(d.runningClocks().get(0).kind()).isEqualTo(ClockKind.SELLER_RESPOND);
    }
}
