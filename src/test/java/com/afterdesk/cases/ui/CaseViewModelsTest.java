package com.afterdesk.cases.ui;

import com.afterdesk.common.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.backend.Backend;
import com.afterdesk.cases.AlertTracker;
import com.afterdesk.cases.CaseDetail;
import com.afterdesk.cases.CaseGenerator;
import com.afterdesk.cases.CaseLogQuery;
import com.afterdesk.cases.CaseLogRow;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.cases.NewCase;
import com.afterdesk.common.Messages;
import com.afterdesk.common.SameThreadTaskRunner;
import com.afterdesk.deadlines.CaseEvent;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.ClockSource;
import com.afterdesk.deadlines.Countdown;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case log, quick form and case view models, without a window. */
class CaseViewModelsTest {

    static final Instant START = Instant.parse("2026-11-24T08:00:00Z"); // 16:00 in Shanghai

    @TempDir
    Path home;
    MutableClock clock;
    Backend backend;
    CaseTexts texts;
    CaseLogViewModel log;
    NewCaseViewModel form;
    CaseDetailViewModel detail;
    List<CaseLogViewModel.Notice> notices = new ArrayList<>();
    int changes;

    @BeforeEach
    void open() {
        clock = new MutableClock(START);
        backend = Backend.open(home, clock);
        texts = new CaseTexts(Messages.forLocale(Locale.CHINA), Countdown.SHOP_ZONE);
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        log = new CaseLogViewModel(backend.cases(), backend.alerts(), runner, texts);
        log.setNotifier(notices::addAll);
        form = new NewCaseViewModel(backend.cases(), runner, texts);
        detail = new CaseDetailViewModel(backend.cases(), runner, texts, () -> changes++);
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private CaseDetail create(String order, RequestType type, boolean shipped) {
        return backend.cases().create(NewCase.of(Platform.TAOBAO, type, order).withShipped(shipped)
                .withBuyer("小鱼").withProduct("保温杯 500ml", "").withMoney(5990, 0), HistoryEntry.AGENT);
    }

    @Test
    void theFormRefusesBadInputInPlaceAndSavesNothing() {
        form.orderProperty().set("  ");
        form.amountProperty().set("-5");
        form.postageProperty().set("-1");
        form.openedProperty().set("2026-02-30 10:00");
        List<CaseDetail> created = new ArrayList<>();
        form.save(created::add);
        assertThat(created).isEmpty();
        assertThat(backend.cases().count()).isZero();
        assertThat(form.orderErrorProperty().get()).isEqualTo("请填写订单号。");
        assertThat(form.amountErrorProperty().get()).isEqualTo("金额不能为负数。");
        assertThat(form.postageErrorProperty().get()).isEqualTo("运费不能为负数。");
        assertThat(form.openedErrorProperty().get()).contains("2026-02-30").contains("无效");
        // what was typed stays
        assertThat(form.amountProperty().get()).isEqualTo("-5");

        form.openedProperty().set("2026-11-25 16:00"); // tomorrow: in the future
        form.orderProperty().set("TB100");
        form.amountProperty().set("59.9");
        form.postageProperty().set("abc");
        form.save(created::add);
        assertThat(created).isEmpty();
        assertThat(form.openedErrorProperty().get()).isEqualTo("开单时间不能晚于现在。");
        assertThat(form.postageErrorProperty().get()).contains("abc");
        assertThat(form.orderErrorProperty().get()).isEmpty();
        assertThat(backend.cases().count()).isZero();
    }

    @Test
    void aValidFormCreatesTheCaseWithItsClockAndResets() {
        form.platformProperty().set(Platform.TAOBAO);
        form.orderProperty().set("TB2026112401");
        form.buyerProperty().set("阿青");
        form.productProperty().set("儿童雨靴");
        form.amountProperty().set("89.00");
        form.postageProperty().set("6");
        form.typeProperty().set(RequestType.REFUND_ONLY);
        form.shippedProperty().set(false);
        form.categoryProperty().set(Category.DAMAGED);
        form.openedProperty().set("2026-11-24 15:00"); // an hour ago, shop time
        form.notesProperty().set("买家说外箱压坏");
        List<CaseDetail> created = new ArrayList<>();
        form.save(created::add);
        assertThat(created).hasSize(1);
        CaseDetail d = created.get(0);
        assertThat(d.record().amountFen()).isEqualTo(8900);
        assertThat(d.record().postageFen()).isEqualTo(600);
        assertThat(d.record().openedAt()).isEqualTo(Instant.parse("2026-11-24T07:00:00Z"));
        assertThat(d.record().state()).isEqualTo(CaseState.REQUESTED);
        assertThat(d.runningClocks()).singleElement().satisfies(k ->
                assertThat(k.dueAt()).isEqualTo(Instant.parse("2026-11-25T07:00:00Z")));
        assertThat(form.orderProperty().get()).isEmpty();
        assertThat(form.openedProperty().get()).isEqualTo("2026-11-24 16:00");

        log.refresh();
        assertThat(log.rows()).extracting(CaseLogRow::orderNo).containsExactly("TB2026112401");
        CaseLogRow row = log.rows().get(0);
        assertThat(log.countdownOf(row, clock.instant())).isEqualTo("23:00:00");
        assertThat(texts.dueTooltip(row.head())).contains("2026-11-25 15:00").contains("到时自动退款")
                .contains("Asia/Shanghai");
        assertThat(texts.actionOf(row)).isEqualTo("到时自动退款");
    }

    @Test
    void theCountdownAndItsUrgencyFollowTheClock() {
        create("TB1", RequestType.REFUND_ONLY, true); // shipped: seller has 2 days
        log.refresh();
        CaseLogRow row = log.rows().get(0);
        assertThat(log.urgencyOf(row, clock.instant())).isEqualTo(Urgency.OK);
        assertThat(log.countdownOf(row, clock.instant())).isEqualTo("2天0小时");
        Instant in25h = START.plus(Duration.ofHours(25));
        assertThat(log.urgencyOf(row, in25h)).isEqualTo(Urgency.WARNING);
        assertThat(log.countdownOf(row, in25h)).isEqualTo("23:00:00");
        Instant in47h = START.plus(Duration.ofHours(47)).plusSeconds(5);
        assertThat(log.urgencyOf(row, in47h)).isEqualTo(Urgency.CRITICAL);
        assertThat(log.countdownOf(row, in47h)).isEqualTo("00:59:55");
        Instant late = START.plus(Duration.ofHours(48)).plus(Duration.ofMinutes(4));
        assertThat(log.urgencyOf(row, late)).isEqualTo(Urgency.OVERDUE);
        assertThat(log.countdownOf(row, late)).isEqualTo("超时 +4分");
    }

    @Test
    void filtersSearchAndTheDueTodayToggleNarrowTheLog() {
        create("TB-A", RequestType.REFUND_ONLY, false); // 24 h: due today
        create("TB-B", RequestType.RETURN_REFUND, true); // 2 days
        backend.cases().create(NewCase.of(Platform.PDD, RequestType.NONE, "PDD-C").withBuyer("王先生")
                .withProduct("陶瓷碗套装", ""), HistoryEntry.AGENT);
        log.refresh();
        assertThat(log.totalProperty().get()).isEqualTo(3);
        assertThat(log.rows().get(0).orderNo()).isEqualTo("TB-A");
        log.dueTodayProperty().set(true);
        assertThat(log.rows()).extracting(CaseLogRow::orderNo).containsExactly("TB-A");
        log.dueTodayProperty().set(false);
        log.platformProperty().set(Platform.PDD);
        assertThat(log.rows()).extracting(CaseLogRow::orderNo).containsExactly("PDD-C");
        log.platformProperty().set(null);
        log.searchProperty().set("王先");
        assertThat(log.rows()).extracting(CaseLogRow::orderNo).containsExactly("PDD-C");
        log.searchProperty().set("");
        log.stateProperty().set(CaseState.REQUESTED);
        assertThat(log.rows()).extracting(CaseLogRow::orderNo).containsExactlyInAnyOrder("TB-A", "TB-B");
        clock.advance(Duration.ofMinutes(1)); // TB-A now has under 24 h: WARNING
        log.urgencyProperty().set(Urgency.OK);
        assertThat(log.rows()).extracting(CaseLogRow::orderNo).containsExactly("TB-B");
        log.urgencyProperty().set(Urgency.WARNING);
        assertThat(log.rows()).extracting(CaseLogRow::orderNo).containsExactly("TB-A");
        log.clearFilters();
        assertThat(log.rows()).hasSize(3);
    }

    @Test
    void theLogLoadsOnePageAtATimeAndMoreOnRequest() {
        CaseGenerator.generate(backend.database(), backend.rules(), 250, START, 7);
        log.refresh();
        assertThat(log.rows()).hasSize(CaseLogQuery.DEFAULT_PAGE);
        assertThat(log.totalProperty().get()).isEqualTo(250);
        assertThat(log.hasMore()).isTrue();
        log.loadMore();
        log.loadMore();
        assertThat(log.rows()).hasSize(250);
        assertThat(log.hasMore()).isFalse();
        assertThat(log.rows().stream().map(CaseLogRow::caseId).distinct().count()).isEqualTo(250);
        // most urgent first across the pages
        List<Urgency> levels = log.rows().stream().map(r -> log.urgencyOf(r, START)).toList();
        assertThat(levels).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        log.refresh(); // the data changed: keeps what was shown
        assertThat(log.rows()).hasSize(250);
        log.platformProperty().set(Platform.TAOBAO); // a new filter starts again at the first page
        assertThat(log.rows()).hasSizeLessThanOrEqualTo(CaseLogQuery.DEFAULT_PAGE);
        assertThat(log.rows()).allMatch(r -> r.platform() == Platform.TAOBAO);
    }

    @Test
    void eventsMoveTheCaseAndABadEventTimeChangesNothing() {
        CaseDetail c = create("TB-R", RequestType.RETURN_REFUND, true);
        detail.show(c.id());
        assertThat(detail.detailProperty().get().allowedEvents()).contains(CaseEvent.SELLER_AGREED);

        detail.eventTimeProperty().set("2026-11-20 10:00"); // before the case opened
        detail.applyEvent(CaseEvent.SELLER_AGREED);
        assertThat(detail.errorProperty().get()).contains("早于售后单的开单时间");
        assertThat(backend.cases().record(c.id()).state()).isEqualTo(CaseState.REQUESTED);
        assertThat(detail.eventTimeProperty().get()).isEqualTo("2026-11-20 10:00");
        assertThat(changes).isZero();

        detail.eventTimeProperty().set("");
        clock.advance(Duration.ofMinutes(30));
        detail.applyEvent(CaseEvent.SELLER_AGREED);
        assertThat(detail.errorProperty().get()).isEmpty();
        assertThat(detail.statusProperty().get()).isEqualTo("已记录：卖家同意");
        assertThat(detail.detailProperty().get().record().state()).isEqualTo(CaseState.AWAITING_RETURN);
        assertThat(changes).isEqualTo(1);

        clock.advance(Duration.ofHours(5));
        detail.applyEvent(CaseEvent.BUYER_SHIPPED);
        CaseDetail after = detail.detailProperty().get();
        assertThat(after.record().state()).isEqualTo(CaseState.RETURN_IN_TRANSIT);
        assertThat(after.runningClocks()).anySatisfy(k -> assertThat(k.kind().name())
                .isEqualTo("SELLER_CONFIRM_RECEIPT"));
        assertThat(after.history()).extracting(HistoryEntry::event)
                .containsSubsequence("CREATED", "REQUEST_OPENED", "SELLER_AGREED", "BUYER_SHIPPED");

        detail.applyEvent(CaseEvent.REOPENED); // not allowed in this state
        assertThat(detail.errorProperty().get()).contains("不能记录事件");
        assertThat(backend.cases().record(c.id()).state()).isEqualTo(CaseState.RETURN_IN_TRANSIT);
    }

    @Test
    void thePlatformTimeoutPauseAndResumeAreShownAndBadTimesRefused() {
        CaseDetail c = create("TB-P", RequestType.REFUND_ONLY, false);
        detail.show(c.id());
        detail.platformDueProperty().set("2026-11-25 12:30");
        detail.setPlatformDue();
        var clockNow = detail.detailProperty().get().runningClocks().get(0);
        assertThat(clockNow.source()).isEqualTo(ClockSource.PLATFORM);
        assertThat(clockNow.dueAt()).isEqualTo(Instant.parse("2026-11-25T04:30:00Z"));
        assertThat(detail.platformDueProperty().get()).isEmpty();

        detail.platformDueProperty().set("明天");
        detail.setPlatformDue();
        assertThat(detail.errorProperty().get()).contains("明天");
        assertThat(detail.platformDueProperty().get()).isEqualTo("明天");

        detail.pause();
        assertThat(detail.detailProperty().get().runningClocks().get(0).paused()).isTrue();
        detail.pause();
        assertThat(detail.errorProperty().get()).isEqualTo("没有可以暂停的进行中时限。");
        clock.advance(Duration.ofHours(3));
        detail.resume();
        assertThat(detail.detailProperty().get().runningClocks().get(0).dueAt())
                .isEqualTo(Instant.parse("2026-11-25T07:30:00Z"));
    }

    @Test
    void notesEvidenceFollowUpsAndTheDisputePackage(@TempDir Path outside) throws Exception {
        CaseDetail c = backend.cases().create(NewCase.of(Platform.TAOBAO, RequestType.RETURN_REFUND, "TB-E")
                .withCategory(Category.DAMAGED, java.util.Set.of()), HistoryEntry.AGENT);
        detail.show(c.id());
        detail.notesProperty().set("外箱一角压扁");
        detail.saveNotes();
        assertThat(backend.cases().record(c.id()).notes()).isEqualTo("外箱一角压扁");

        assertThat(detail.detailProperty().get().evidence()).extracting(e -> e.key())
                .containsExactly("ITEM_PHOTOS", "BOX_PHOTOS", "WAYBILL", "COURIER_CLAIM");
        detail.checkEvidence("WAYBILL", true);
        assertThat(detail.detailProperty().get().evidence()).filteredOn(e -> e.key().equals("WAYBILL"))
                .singleElement().satisfies(e -> assertThat(e.checked()).isTrue());

        Path photo = outside.resolve("box.jpg");
        Files.write(photo, new byte[] {1, 2, 3});
        detail.attachFile(photo, null);
        assertThat(detail.detailProperty().get().files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("box.jpg");
            assertThat(f.path()).startsWith(home).exists();
        });

        detail.followUpDueProperty().set("2026-11-24 18:00");
        detail.followUpNoteProperty().set("电话联系买家");
        detail.addFollowUp();
        var f = detail.detailProperty().get().followUps().stream().filter(x -> "电话联系买家".equals(x.note()))
                .findFirst().orElseThrow();
        detail.snoozeFollowUp(f.id(), Duration.ofHours(1));
        assertThat(backend.cases().followUp(f.id()).dueAt()).isEqualTo(START.plus(Duration.ofHours(1)));
        detail.completeFollowUp(f.id());
        assertThat(backend.cases().followUp(f.id()).open()).isFalse();

        Path zip = outside.resolve("pkg.zip");
        detail.exportPackage(zip, true);
        assertThat(zip).exists();
        assertThat(detail.statusProperty().get()).contains("pkg.zip");
        detail.exportPackage(zip, true); // exists already: refused, the file is left alone
        assertThat(detail.errorProperty().get()).contains("已经存在");
    }

    @Test
    void theSecondaryCategoriesAreShownEditedThroughTheServiceAndTheChecklistFollows() {
        CaseDetail c = backend.cases().create(NewCase.of(Platform.TAOBAO, RequestType.RETURN_REFUND, "TB-ALSO")
                .withCategory(Category.DAMAGED, java.util.Set.of(Category.THREAT_EXTORTION)).withNotes("外箱压扁"),
                HistoryEntry.AGENT);
        detail.show(c.id());
        assertThat(detail.secondaryCategories()).containsExactly(Category.THREAT_EXTORTION);
        assertThat(detail.addableSecondaryCategories()).doesNotContain(Category.DAMAGED, Category.OTHER,
                Category.THREAT_EXTORTION).contains(Category.QUALITY_DEFECT);
        assertThat(detail.detailProperty().get().evidence()).extracting(e -> e.key())
                .doesNotContain("DEFECT_PHOTOS", "BATCH_NUMBER");
        int historyBefore = detail.detailProperty().get().history().size();

        detail.addSecondary(Category.QUALITY_DEFECT);
        assertThat(detail.errorProperty().get()).isEmpty();
        assertThat(detail.statusProperty().get()).isEqualTo("已添加同时涉及：质量问题");
        var saved = backend.cases().record(c.id());
        assertThat(saved.secondaryCategories()).containsExactlyInAnyOrder(Category.THREAT_EXTORTION,
                Category.QUALITY_DEFECT);
        assertThat(saved.category()).isEqualTo(Category.DAMAGED);
        assertThat(saved.notes()).isEqualTo("外箱压扁");
        assertThat(saved.type()).isEqualTo(RequestType.RETURN_REFUND);
        assertThat(saved.state()).isEqualTo(c.record().state());
        assertThat(detail.secondaryCategories()).containsExactly(Category.QUALITY_DEFECT, Category.THREAT_EXTORTION);
        assertThat(detail.addableSecondaryCategories()).doesNotContain(Category.QUALITY_DEFECT);
        assertThat(detail.detailProperty().get().evidence()).extracting(e -> e.key())
                .containsSubsequence("ITEM_PHOTOS", "BOX_PHOTOS", "WAYBILL", "COURIER_CLAIM")
                .contains("CHAT_RECORD", "DEFECT_PHOTOS", "BATCH_NUMBER");
        assertThat(detail.detailProperty().get().history()).hasSize(historyBefore + 1)
                .last().satisfies(h -> assertThat(h.event()).isEqualTo("CATEGORY"));
        assertThat(changes).isEqualTo(1);

        detail.removeSecondary(Category.THREAT_EXTORTION);
        assertThat(backend.cases().record(c.id()).secondaryCategories()).containsExactly(Category.QUALITY_DEFECT);
        assertThat(detail.detailProperty().get().evidence()).extracting(e -> e.key()).doesNotContain("CHAT_RECORD");

        // the agent makes the secondary one the primary: it leaves the secondary row, the checklist keeps its items
        detail.setCategory(Category.QUALITY_DEFECT);
        assertThat(backend.cases().record(c.id()).category()).isEqualTo(Category.QUALITY_DEFECT);
        assertThat(backend.cases().record(c.id()).secondaryCategories()).isEmpty();
        assertThat(detail.secondaryCategories()).isEmpty();
        assertThat(detail.addableSecondaryCategories()).contains(Category.DAMAGED).doesNotContain(
                Category.QUALITY_DEFECT);
        assertThat(detail.detailProperty().get().evidence()).extracting(e -> e.key())
                .startsWith("DEFECT_PHOTOS", "BATCH_NUMBER");
    }

    @Test
    void alertsFireOncePerThresholdAndTheClosedSummaryOnce() {
        create("TB-AL", RequestType.REFUND_ONLY, true); // 48 h
        log.showClosedSummary();
        assertThat(log.closedSummaryProperty().get()).isEmpty();
        log.checkAlerts();
        assertThat(notices).isEmpty();

        clock.advance(Duration.ofHours(25)); // 23 h left: the 24 h threshold
        log.checkAlerts();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.text()).contains("TB-AL").contains("24小时").contains("到时自动退款");
            assertThat(n.overdue()).isFalse();
        });
        log.checkAlerts();
        assertThat(notices).hasSize(1);

        clock.advance(Duration.ofHours(22).plusMinutes(10)); // 50 min left: 2 h crossed
        log.checkAlerts();
        assertThat(notices).hasSize(2);
        assertThat(notices.get(1).text()).contains("2小时");

        // the app is closed for a while: the clock runs out meanwhile
        clock.advance(Duration.ofHours(2));
        CaseLogViewModel restarted = new CaseLogViewModel(backend.cases(), backend.alerts(),
                new SameThreadTaskRunner(), texts);
        List<CaseLogViewModel.Notice> later = new ArrayList<>();
        restarted.setNotifier(later::addAll);
        restarted.showClosedSummary();
        assertThat(restarted.closedSummaryProperty().get()).contains("1 个售后单已超时");
        assertThat(later).hasSize(1);
        restarted.checkAlerts();
        assertThat(later).hasSize(1); // the overdue alert counted as shown
        assertThat(backend.alerts().pending()).isEmpty();
        restarted.showClosedSummary();
        assertThat(restarted.closedSummaryProperty().get()).isEmpty();
    }

    @Test
    void dueFollowUpsNotifyOnce() {
        CaseDetail c = create("TB-F", RequestType.RETURN_REFUND, true);
        backend.cases().addFollowUp(c.id(), START.plus(Duration.ofMinutes(10)), "回访买家", HistoryEntry.AGENT);
        log.checkAlerts();
        assertThat(notices).noneMatch(n -> n.text().contains("回访买家"));
        clock.advance(Duration.ofMinutes(11));
        log.checkAlerts();
        assertThat(notices).filteredOn(n -> n.text().contains("回访买家")).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("TB-F"));
        log.checkAlerts();
        assertThat(notices).filteredOn(n -> n.text().contains("回访买家")).hasSize(1);
    }

    @Test
    void typedTimesAreStrictAndInTheShopZone() {
        assertThat(texts.parseTime("2026-11-25 16:00")).isEqualTo(Instant.parse("2026-11-25T08:00:00Z"));
        assertThat(texts.parseTime(" ")).isNull();
        for (String bad : List.of("2026-02-29 10:00", "2026-13-01 10:00", "2026-11-25 24:10", "25/11/2026")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> texts.parseTime(bad))
                    .isInstanceOf(com.afterdesk.common.UserException.class);
        }
        assertThat(new AlertTracker.Alert(null, "PT30M", START).overdue()).isFalse();
        assertThat(log.thresholdText(Duration.ofMinutes(30))).isEqualTo("30分钟");
    }
}
