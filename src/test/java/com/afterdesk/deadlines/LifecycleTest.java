package com.afterdesk.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.afterdesk.common.UserException;
import com.afterdesk.domain.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every clock row of the Taobao preset, driven through the engine with fixed instants. */
class LifecycleTest {

    static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    static final RuleSet TAOBAO = RuleBook.preset(Platform.TAOBAO);

    /** A little case driver: facts + clocks, events applied in order. */
    static final class Case {
        Lifecycle.Facts facts;
        List<CaseClock> clocks = new ArrayList<>();
        Lifecycle.Transition last;
        final RuleSet rules;

        Case(RequestType type, boolean shipped, RuleSet rules) {
            this.rules = rules;
            facts = new Lifecycle.Facts(rules.platform(), type, shipped, CaseState.OPEN, T0);
        }

        Case(RequestType type, boolean shipped) {
            this(type, shipped, TAOBAO);
        }

        Case on(CaseEvent e, Instant at) {
            last = Lifecycle.apply(facts, clocks, e, at, rules);
            facts = new Lifecycle.Facts(facts.platform(), facts.type(), last.shipped(), last.to(), facts.openedAt());
            clocks = new ArrayList<>(last.clocks());
            // the repository gives ids; so do we, so clocks can be told apart
            for (int i = 0; i < clocks.size(); i++) {
                if (clocks.get(i).id() == 0) {
                    clocks.set(i, clocks.get(i).withId(i + 1));
                }
            }
            return this;
        }

        CaseClock running() {
            List<CaseClock> r = clocks.stream().filter(CaseClock::running).toList();
            assertThat(r).hasSize(1);
            return r.get(0);
        }

        List<CaseClock> runningClocks() {
            return clocks.stream().filter(CaseClock::running).toList();
        }
    }

    static Instant h(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    @Test
    void unshippedRefundOnlyGivesTheSeller24HoursThenAutoRefund() {
        Case c = new Case(RequestType.REFUND_ONLY, false).on(CaseEvent.REQUEST_OPENED, T0);
        CaseClock k = c.running();
        assertThat(c.facts.state()).isEqualTo(CaseState.REQUESTED);
        assertThat(k.kind()).isEqualTo(ClockKind.SELLER_RESPOND);
        assertThat(k.actor()).isEqualTo(Actor.SELLER);
        assertThat(k.dueAt()).isEqualTo(h(24));
        assertThat(k.onTimeout()).isEqualTo(TimeoutAction.AUTO_REFUND);
        assertThat(k.source()).isEqualTo(ClockSource.RULE);
        assertThat(k.ruleId()).isEqualTo("taobao.unshipped.refund");
    }

    @Test
    void shippingWithinTheWindowClosesTheUnshippedRequest() {
        Case c = new Case(RequestType.REFUND_ONLY, false).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.SHIPPED_BEFORE_DEADLINE, h(5));
        assertThat(c.facts.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.last.shipped()).isTrue();
        assertThat(c.runningClocks()).isEmpty();
        assertThat(c.clocks.get(0).doneAt()).isEqualTo(h(5));
    }

    @Test
    void anInstantRefundIsLoggedWithoutACountdown() {
        Case c = new Case(RequestType.REFUND_ONLY, false).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.INSTANT_REFUNDED, T0.plusSeconds(60));
        assertThat(c.facts.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(c.last.outcome()).isEqualTo(Outcome.REFUNDED);
        assertThat(c.runningClocks()).isEmpty();
        assertThat(TAOBAO.byId("taobao.unshipped.instant").orElseThrow().startsClock()).isFalse();
    }

    @Test
    void shippedRefundOnlyGivesTheSellerTwoDays() {
        CaseClock k = new Case(RequestType.REFUND_ONLY, true).on(CaseEvent.REQUEST_OPENED, T0).running();
        assertThat(k.dueAt()).isEqualTo(h(48));
        assertThat(k.onTimeout()).isEqualTo(TimeoutAction.AUTO_REFUND);
        assertThat(k.ruleId()).isEqualTo("taobao.shipped.refund");
    }

    @Test
    void shippedRefundOnlyIsNotClosedByShipping() {
        Case c = new Case(RequestType.REFUND_ONLY, true).on(CaseEvent.REQUEST_OPENED, T0);
        assertThatThrownBy(() -> c.on(CaseEvent.SHIPPED_BEFORE_DEADLINE, h(1))).isInstanceOf(UserException.class);
    }

    @Test
    void returnRequestGivesTheSellerTwoDaysThenAutoAgree() {
        CaseClock k = new Case(RequestType.RETURN_REFUND, true).on(CaseEvent.REQUEST_OPENED, T0).running();
        assertThat(k.kind()).isEqualTo(ClockKind.SELLER_RESPOND);
        assertThat(k.dueAt()).isEqualTo(h(48));
        assertThat(k.onTimeout()).isEqualTo(TimeoutAction.AUTO_AGREE);
    }

    @Test
    void afterAgreeingTheBuyerHasSevenDaysToShipBack() {
        Case c = new Case(RequestType.RETURN_REFUND, true).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.SELLER_AGREED, h(3));
        assertThat(c.facts.state()).isEqualTo(CaseState.AWAITING_RETURN);
        CaseClock k = c.running();
        assertThat(k.kind()).isEqualTo(ClockKind.BUYER_SHIP_BACK);
        assertThat(k.actor()).isEqualTo(Actor.BUYER);
        assertThat(k.dueAt()).isEqualTo(h(3).plus(Duration.ofDays(7)));
        assertThat(k.onTimeout()).isEqualTo(TimeoutAction.AUTO_CLOSE);
        assertThat(c.clocks.get(0).done()).isTrue();
    }

    @Test
    void returnInTransitGivesTheSellerTenDaysUntilDeliveryIsRecorded() {
        Case c = new Case(RequestType.RETURN_REFUND, true).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.SELLER_AGREED, h(1)).on(CaseEvent.BUYER_SHIPPED, h(10));
        CaseClock k = c.running();
        assertThat(c.facts.state()).isEqualTo(CaseState.RETURN_IN_TRANSIT);
        assertThat(k.kind()).isEqualTo(ClockKind.SELLER_CONFIRM_RECEIPT);
        assertThat(k.dueAt()).isEqualTo(h(10).plus(Duration.ofDays(10)));
        assertThat(k.onTimeout()).isEqualTo(TimeoutAction.AUTO_REFUND);
    }

    @Test
    void deliveryRecordedShortensTheClockTo72HoursAfterDelivery() {
        Case c = new Case(RequestType.RETURN_REFUND, true).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.SELLER_AGREED, h(1)).on(CaseEvent.BUYER_SHIPPED, h(10))
                .on(CaseEvent.RETURN_DELIVERED, h(58));
        assertThat(c.facts.state()).isEqualTo(CaseState.RETURN_IN_TRANSIT);
        assertThat(c.running().dueAt()).isEqualTo(h(58 + 72));
    }

    @Test
    void deliveryLateInTheWindowNeverExtendsBeyondTenDays() {
        Instant shipped = h(10);
        Instant delivered = shipped.plus(Duration.ofDays(9));
        Case c = new Case(RequestType.RETURN_REFUND, true).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.SELLER_AGREED, h(1)).on(CaseEvent.BUYER_SHIPPED, shipped)
                .on(CaseEvent.RETURN_DELIVERED, delivered);
        assertThat(c.running().dueAt()).isEqualTo(shipped.plus(Duration.ofDays(10)));
    }

    @Test
    void sellerReceivingTheReturnResolvesTheCase() {
        Case c = new Case(RequestType.RETURN_REFUND, true).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.SELLER_AGREED, h(1)).on(CaseEvent.BUYER_SHIPPED, h(10))
                .on(CaseEvent.SELLER_RECEIVED, h(60));
        assertThat(c.facts.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(c.last.outcome()).isEqualTo(Outcome.REFUNDED);
        assertThat(c.runningClocks()).isEmpty();
    }

    @Test
    void refusalGivesTheBuyerSevenDaysThenTheRequestCloses() {
        Case c = new Case(RequestType.REFUND_ONLY, true).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.SELLER_REFUSED, h(2));
        CaseClock k = c.running();
        assertThat(c.facts.state()).isEqualTo(CaseState.REFUSED);
        assertThat(k.kind()).isEqualTo(ClockKind.BUYER_RESPOND_REFUSAL);
        assertThat(k.actor()).isEqualTo(Actor.BUYER);
        assertThat(k.dueAt()).isEqualTo(h(2).plus(Duration.ofDays(7)));
        assertThat(k.onTimeout()).isEqualTo(TimeoutAction.AUTO_CLOSE);
        c.on(CaseEvent.TIMED_OUT, k.dueAt().plusSeconds(1));
        assertThat(c.facts.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.last.outcome()).isEqualTo(Outcome.AUTO_CLOSED);
    }

    @Test
    void buyerModifyingAfterRefusalStartsANewSellerClock() {
        Case c = new Case(RequestType.REFUND_ONLY, true).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.SELLER_REFUSED, h(2)).on(CaseEvent.BUYER_MODIFIED, h(30));
        assertThat(c.facts.state()).isEqualTo(CaseState.REQUESTED);
        assertThat(c.running().kind()).isEqualTo(ClockKind.SELLER_RESPOND);
        assertThat(c.running().dueAt()).isEqualTo(h(30 + 48));
        assertThat(c.clocks).hasSize(3);
    }

    @Test
    void interventionStartsAThreeDayEvidenceClockAndPausesOtherClocks() {
        Case c = new Case(RequestType.RETURN_REFUND, true).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.SELLER_AGREED, h(1)).on(CaseEvent.BUYER_SHIPPED, h(10))
                .on(CaseEvent.INTERVENTION_OPENED, h(20));
        assertThat(c.facts.state()).isEqualTo(CaseState.INTERVENTION);
        assertThat(c.last.intervened()).isTrue();
        CaseClock receipt = c.clocks.stream().filter(k -> k.kind() == ClockKind.SELLER_CONFIRM_RECEIPT).findFirst()
                .orElseThrow();
        assertThat(receipt.paused()).isTrue();
        assertThat(receipt.remaining(h(100))).isEqualTo(Duration.ofDays(10).minusHours(10));
        CaseClock evidence = c.clocks.stream().filter(k -> k.kind() == ClockKind.EVIDENCE_DUE).findFirst().orElseThrow();
        assertThat(evidence.dueAt()).isEqualTo(h(20 + 72));
        assertThat(evidence.actor()).isEqualTo(Actor.SELLER);
        assertThat(evidence.paused()).isFalse();
        c.on(CaseEvent.EVIDENCE_SUBMITTED, h(30));
        assertThat(c.clocks.stream().filter(k -> k.kind() == ClockKind.EVIDENCE_DUE).findFirst().orElseThrow().done())
                .isTrue();
        c.on(CaseEvent.RULED_FOR_SELLER, h(100));
        assertThat(c.facts.state()).isEqualTo(CaseState.CLOSED);
        assertThat(c.last.outcome()).isEqualTo(Outcome.RULED_FOR_SELLER);
        assertThat(c.runningClocks()).isEmpty();
    }

    @Test
    void interventionAfterRefusalEndsTheBuyersClock() {
        Case c = new Case(RequestType.REFUND_ONLY, true).on(CaseEvent.REQUEST_OPENED, T0)
                .on(CaseEvent.SELLER_REFUSED, h(2)).on(CaseEvent.INTERVENTION_OPENED, h(10));
        assertThat(c.running().kind()).isEqualTo(ClockKind.EVIDENCE_DUE);
        c.on(CaseEvent.RULED_FOR_BUYER, h(50));
        assertThat(c.facts.state()).isEqualTo(CaseState.RESOLVED);
        assertThat(c.last.outcome()).isEqualTo(Outcome.RULED_FOR_BUYER);
    }

    @Test
    void afterSaleRequestGivesTheSellerFiveDays() {
        CaseClock k = new Case(RequestType.AFTER_SALE, true).on(CaseEvent.REQUEST_OPENED, T0).running();
        assertThat(k.dueAt()).isEqualTo(h(5 * 24));
        assertThat(k.onTimeout()).isEqualTo(TimeoutAction.AUTO_AGREE);
        assertThat(k.ruleId()).isEqualTo("taobao.aftersale.respond");
    }

    @Test
    void exchangeRequestUsesTheLowConfidenceFiveDayRow() {
        CaseClock k = new Case(RequestType.EXCHANGE, true).on(CaseEvent.REQUEST_OPENED, T0).running();
        assertThat(k.dueAt()).isEqualTo(h(5 * 24));
        assertThat(TAOBAO.byId(k.ruleId()).orElseThrow().confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void referenceRowsAreInThePresetButStartNoClock() {
        for (String id : List.of("taobao.noreason.window", "taobao.shipping.promise", "taobao.autoconfirm.express")) {
            Rule r = TAOBAO.byId(id).orElseThrow();
            assertThat(r.reference()).isTrue();
            assertThat(r.startsClock()).isFalse();
        }
        assertThat(TAOBAO.byId("taobao.noreason.window").orElseThrow().duration()).isEqualTo(Duration.ofHours(168));
    }

    @Test
    void timingOutAnAutoAgreeClockMovesToAwaitingReturn() {
        Case c = new Case(RequestType.RETURN_REFUND, true).on(CaseEvent.REQUEST_OPENED, T0);
        assertThatThrownBy(() -> c.on(CaseEvent.TIMED_OUT, h(47)))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key())
                .isEqualTo("deadlines.event.notDue");
        c.on(CaseEvent.TIMED_OUT, h(48));
        assertThat(c.facts.state()).isEqualTo(CaseState.AWAITING_RETURN);
        assertThat(c.running().kind()).isEqualTo(ClockKind.BUYER_SHIP_BACK);
    }

    @Test
    void anUnknownEventForTheStateIsRefusedAndChangesNothing() {
        Case c = new Case(RequestType.REFUND_ONLY, false).on(CaseEvent.REQUEST_OPENED, T0);
        List<CaseClock> before = List.copyOf(c.clocks);
        assertThatThrownBy(() -> c.on(CaseEvent.BUYER_SHIPPED, h(1)))
                .isInstanceOf(UserException.class)
                .satisfies(e -> {
                    assertThat(((UserException) e).key()).isEqualTo("deadlines.event.notAllowed");
                    assertThat(((UserException) e).args()).containsExactly("BUYER_SHIPPED", "REQUESTED");
                });
        assertThat(c.clocks).isEqualTo(before);
        assertThat(c.facts.state()).isEqualTo(CaseState.REQUESTED);
    }

    @Test
    void aConsultationCannotOpenARequest() {
        Case c = new Case(RequestType.NONE, false);
        assertThatThrownBy(() -> c.on(CaseEvent.REQUEST_OPENED, T0)).isInstanceOf(UserException.class);
        c.on(CaseEvent.CASE_RESOLVED, h(1));
        assertThat(c.facts.state()).isEqualTo(CaseState.RESOLVED);
        c.on(CaseEvent.REOPENED, h(2));
        assertThat(c.facts.state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void allowedEventsFollowTheStateTable() {
        Case c = new Case(RequestType.REFUND_ONLY, false).on(CaseEvent.REQUEST_OPENED, T0);
        assertThat(Lifecycle.allowedEvents(c.facts, c.clocks, h(1))).containsExactlyInAnyOrder(
                CaseEvent.SELLER_AGREED, CaseEvent.SELLER_REFUSED, CaseEvent.REFUNDED, CaseEvent.INSTANT_REFUNDED,
                CaseEvent.BUYER_CANCELLED, CaseEvent.SHIPPED_BEFORE_DEADLINE, CaseEvent.INTERVENTION_OPENED);
    }

    @Test
    void otherPlatformStartsNoClocks() {
        Case c = new Case(RequestType.REFUND_ONLY, false, RuleSet.empty(Platform.OTHER))
                .on(CaseEvent.REQUEST_OPENED, T0);
        assertThat(c.facts.state()).isEqualTo(CaseState.REQUESTED);
        assertThat(c.clocks).isEmpty();
    }

    @Test
    void holidayExtensionMovesADueTimeInsideTheWindow() {
        OverrideWindow spring = new OverrideWindow("spring", h(12), h(12 + 24 * 7), Duration.ofDays(3), false, null);
        RuleSet rules = new RuleSet(Platform.TAOBAO, TAOBAO.zone(), TAOBAO.rules(), List.of(spring));
        CaseClock inside = new Case(RequestType.REFUND_ONLY, false, rules).on(CaseEvent.REQUEST_OPENED, T0).running();
        assertThat(inside.dueAt()).isEqualTo(h(24 + 72));
        CaseClock outside = new Case(RequestType.REFUND_ONLY, false, rules)
                .on(CaseEvent.REQUEST_OPENED, h(24 * 8)).running();
        assertThat(outside.dueAt()).isEqualTo(h(24 * 9));
    }

    @Test
    void holidayPauseStopsTheCountdownDuringTheWindow() {
        OverrideWindow pause = new OverrideWindow("pause", h(12), h(36), Duration.ZERO, true, null);
        RuleSet rules = new RuleSet(Platform.TAOBAO, TAOBAO.zone(), TAOBAO.rules(), List.of(pause));
        // 24 h clock started at T0: 12 h counted before the window, the remaining 12 h after it
        CaseClock k = new Case(RequestType.REFUND_ONLY, false, rules).on(CaseEvent.REQUEST_OPENED, T0).running();
        assertThat(k.dueAt()).isEqualTo(h(36 + 12));
    }

    @Test
    void pauseFreezesTheRemainingTimeAndResumePushesTheDueTimeOut() {
        CaseClock k = CaseClock.start(ClockKind.SELLER_RESPOND, Actor.SELLER, T0, h(24), TimeoutAction.AUTO_REFUND,
                ClockSource.RULE, "x");
        CaseClock paused = k.pause(h(4));
        assertThat(paused.remaining(h(4))).isEqualTo(Duration.ofHours(20));
        assertThat(paused.remaining(h(30))).isEqualTo(Duration.ofHours(20));
        assertThat(UrgencyPolicy.DEFAULT.of(paused, h(30))).isEqualTo(Urgency.PAUSED);
        CaseClock resumed = paused.resume(h(10));
        assertThat(resumed.dueAt()).isEqualTo(h(30));
        assertThat(resumed.pausedTotal()).isEqualTo(Duration.ofHours(6));
        assertThat(resumed.remaining(h(10))).isEqualTo(Duration.ofHours(20));
    }

    @Test
    void thePlatformsExactTimeoutOverridesTheComputedOne() {
        CaseClock k = CaseClock.start(ClockKind.SELLER_RESPOND, Actor.SELLER, T0, h(24), TimeoutAction.AUTO_REFUND,
                ClockSource.RULE, "x");
        CaseClock exact = k.withPlatformDue(h(23).plusSeconds(1800));
        assertThat(exact.source()).isEqualTo(ClockSource.PLATFORM);
        assertThat(exact.dueAt()).isEqualTo(h(23).plusSeconds(1800));
        assertThat(exact.computedDue()).isEqualTo(h(24));
        assertThat(exact.length()).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
    }
}
