package com.afterdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.backend.Backend;
import com.afterdesk.cases.NewCase;
import com.afterdesk.deadlines.CaseEvent;
import com.afterdesk.deadlines.Outcome;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.scripts.suggest.Claim;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat's seam on the real services of a backend. */
class ServicesChatAssistTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path home;
    static final com.afterdesk.common.Messages ZH = com.afterdesk.common.Messages.forLocale(
            com.afterdesk.common.Messages.CHINESE);
    Backend backend;
    ChatAssist assist;

    @BeforeEach
    void open() {
        backend = Backend.open(home, CLOCK);
        assist = backend.chatAssist();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void aNewCaseFromTheChatCarriesBuyerCategoryAndOrderAndFillsPlaceholders() {
        Conversation conv = backend.chat().startConversation(Platform.TAOBAO, "tb_小雨", null);
        long caseId = assist.openCase(conv, Category.DAMAGED, java.util.Set.of(), "2026112400001", "杯子碎了");
        backend.chat().attachCase(conv.id(), caseId);
        var record = backend.cases().record(caseId);
        assertThat(record.category()).isEqualTo(Category.DAMAGED);
        assertThat(record.buyerNick()).isEqualTo("tb_小雨");
        Conversation attached = backend.chat().conversation(conv.id()).orElseThrow();
        Map<String, String> values = assist.placeholderValues(attached);
        assertThat(values).containsEntry("买家", "tb_小雨").containsEntry("订单号", "2026112400001");
    }

    @Test
    void aSecondMatterOfTheMessageIsAdvisedAndRecordedWithItsEvidence() {
        String text = "等了五天才发货，而且收到的耳机左边没声音";
        Conversation conv = backend.chat().startConversation(Platform.TAOBAO, "tb_小雨", null);
        ChatAssist.Advice a = assist.advise(text, Platform.TAOBAO, ChatAssist.StageContext.FIRST_REPLY, 5);
        List<Category> both = new java.util.ArrayList<>(a.alsoAbout());
        both.add(a.topCategory().orElseThrow());
        assertThat(both).contains(Category.SHIP_LATE, Category.QUALITY_DEFECT);
        long caseId = assist.openCase(conv, Category.SHIP_LATE, java.util.Set.of(Category.QUALITY_DEFECT,
                Category.SHIP_LATE), "2026112400002", text);
        var detail = backend.cases().find(caseId).orElseThrow();
        assertThat(detail.record().secondaryCategories()).containsExactly(Category.QUALITY_DEFECT);
        // photos of the fault are on the case's checklist, though the case is filed as a late shipment
        assertThat(detail.evidence()).extracting(e -> e.key()).contains("DEFECT_PHOTOS");
    }

    @Test
    void aReplyToTheSecondMatterIsOnTopic() {
        Conversation conv = backend.chat().startConversation(Platform.TAOBAO, "tb_小雨", null);
        String reply = "亲，电子发票已经给您开好了，请查收邮箱";
        assertThat(assist.check(reply, conv, "耳机用了两天左边就没声音了", ZH)).extracting(ChatAssist.Issue::rule)
                .contains("OFF_TOPIC");
        // the invoice is a matter of its own in this message, though the whole reads as a fault (about 97%)
        assertThat(assist.check(reply, conv, "耳机用了两天左边就没声音了，还有发票麻烦开一下", ZH))
                .extracting(ChatAssist.Issue::rule).doesNotContain("OFF_TOPIC");
    }

    @Test
    void amountsAndPostageOfTheCaseBecomePlaceholderValues() {
        long caseId = backend.cases().create(NewCase.of(Platform.TMALL, RequestType.NONE, "88001")
                .withMoney(5990, 800).withProduct("陶瓷杯", "白色").withShop("小雨杂货铺"), "agent").id();
        assertThat(assist.openCases(10)).extracting(ChatAssist.OpenCase::caseId).contains(caseId);
        Conversation conv = backend.chat().startConversation(Platform.TMALL, "", caseId);
        assertThat(assist.placeholderValues(conv)).containsEntry("金额", "59.90").containsEntry("运费", "8.00")
                .containsEntry("商品", "陶瓷杯").containsEntry("店铺", "小雨杂货铺");
    }

    @Test
    void theRealQualityChecksBlockAnUnfilledPlaceholderAndWarnOnOffPlatformContact() {
        Conversation conv = backend.chat().startConversation(Platform.TAOBAO, "阿强", null);
        List<ChatAssist.Issue> blocked = assist.check("亲，订单{订单号}已经帮您处理了", conv, "订单怎么样了", ZH);
        assertThat(blocked).anySatisfy(i -> {
            assertThat(i.severity()).isEqualTo(ChatAssist.Severity.BLOCK);
            assertThat("亲，订单{订单号}已经帮您处理了".substring(i.start(), i.end())).isEqualTo("{订单号}");
            assertThat(i.message()).as("explained in the window's language").containsPattern("\\p{IsHan}");
        });
        List<ChatAssist.Issue> wechat = assist.check("亲，加我微信聊吧", conv, "能便宜点吗", ZH);
        assertThat(wechat).isNotEmpty();
        assertThat(assist.check("亲，非常抱歉，我马上帮您查一下物流。", conv, "快递怎么还没到", ZH))
                .noneMatch(i -> i.severity() == ChatAssist.Severity.BLOCK);
    }

    @Test
    void shortCodesComeFromTheLibraryAndSentRepliesFeedItsStatistics() {
        var script = assist.scriptByCode("/bq").orElseThrow();
        assertThat(assist.script(script.id())).contains(script);
        assertThat(assist.scriptByCode("/nosuchcode")).isEmpty();
        assist.recordSent("怎么还没到", List.of(script.id()), true, 0.25);
        var usage = backend.scripts().usage(script.id());
        assertThat(usage.timesUsed()).isEqualTo(1);
        assertThat(usage.timesEdited()).isEqualTo(1);
        assertThat(usage.averageEditRatio()).isEqualTo(0.25);
    }

    @Test
    void theEngineClassifiesAndSuggestsThreeScriptsAndLearnsFromTheChoice() {
        ChatAssist.Advice advice = assist.advise("杯子收到就碎了！！你们怎么包装的，气死我了", Platform.TAOBAO,
                ChatAssist.StageContext.FIRST_REPLY, 3);
        assertThat(advice.topCategory()).contains(Category.DAMAGED);
        assertThat(advice.emotion().needsSoothing()).isTrue();
        assertThat(advice.scripts()).hasSize(3);
        assertThat(advice.scripts().get(0).script().stage()).isEqualTo(com.afterdesk.domain.Stage.SOOTHE);
        String third = advice.scripts().get(2).script().id();
        for (int i = 0; i < 3; i++) {
            assist.recordSent("杯子收到就碎了！！你们怎么包装的，气死我了", List.of(third), false, 0);
        }
        ChatAssist.Advice again = assist.advise("杯子收到就碎了！！你们怎么包装的，气死我了", Platform.TAOBAO,
                ChatAssist.StageContext.FIRST_REPLY, 3);
        int before = 2;
        int after = again.scripts().stream().map(s -> s.script().id()).toList().indexOf(third);
        assertThat(after).isBetween(0, before);
    }

    @Test
    void scriptsThatSayTheRefundIsDoneWaitUntilTheCaseShowsIt() {
        long caseId = backend.cases().create(NewCase.of(Platform.TAOBAO, RequestType.REFUND_ONLY, "77001")
                .withMoney(3990, 0), "agent").id();
        Conversation conv = backend.chat().startConversation(Platform.TAOBAO, "小雨", caseId);
        ChatAssist.StageContext withCase = new ChatAssist.StageContext(false, false, false,
                com.afterdesk.domain.Stage.FOLLOW_UP, conv.caseId());
        String buyer = "退款到底退了没有，钱什么时候到账";

        ChatAssist.Advice pending = assist.advise(buyer, Platform.TAOBAO, withCase, 6);
        assertThat(pending.topCategory()).contains(Category.REFUND_PROGRESS);
        assertThat(pending.scripts()).isNotEmpty().noneMatch(s -> Claim.in(s.script().text()).contains(Claim.REFUNDED));

        backend.cases().applyEvent(caseId, CaseEvent.REFUNDED, CLOCK.instant(), "agent");
        assertThat(ServicesChatAssist.facts(backend.cases().record(caseId)))
                .containsExactlyInAnyOrder(Claim.REFUNDED, Claim.RESOLVED);
        ChatAssist.Advice refunded = assist.advise(buyer, Platform.TAOBAO, withCase, 6);
        assertThat(refunded.scripts()).anyMatch(s -> Claim.in(s.script().text()).contains(Claim.REFUNDED));

        // without a case nothing is known, so nothing is hidden: the agent judges
        ChatAssist.Advice noCase = assist.advise(buyer, Platform.TAOBAO, new ChatAssist.StageContext(false, false,
                false, com.afterdesk.domain.Stage.FOLLOW_UP, null), 6);
        assertThat(noCase.scripts()).anyMatch(s -> Claim.in(s.script().text()).contains(Claim.REFUNDED));
    }

    @Test
    void aCaseShowsRefundResendAndResolutionFromItsOutcomeAndState() {
        long caseId = backend.cases().create(NewCase.of(Platform.JD, RequestType.NONE, "66001"), "agent").id();
        assertThat(ServicesChatAssist.facts(backend.cases().record(caseId))).isEmpty();
        backend.cases().applyEvent(caseId, CaseEvent.CASE_RESOLVED, CLOCK.instant(), "agent");
        assertThat(ServicesChatAssist.facts(backend.cases().record(caseId))).containsExactly(Claim.RESOLVED);
        backend.cases().setOutcome(caseId, Outcome.RESENT, "agent");
        assertThat(ServicesChatAssist.facts(backend.cases().record(caseId)))
                .containsExactlyInAnyOrder(Claim.RESENT, Claim.RESOLVED);
        backend.cases().setOutcome(caseId, Outcome.PARTIALLY_REFUNDED, "agent");
        assertThat(ServicesChatAssist.facts(backend.cases().record(caseId)))
                .containsExactlyInAnyOrder(Claim.REFUNDED, Claim.RESOLVED);
    }

    @Test
    void theOffTopicCheckReadsTheBuyerWithTheClassifier() {
        Conversation conv = backend.chat().startConversation(Platform.TAOBAO, "阿强", null);
        String buyer = "茶几颜色比图上偏红好多，跟我家一点都不搭";
        // no word of the rule files' topic lists is in the message, but the classifier knows what it is about
        assertThat(assist.check("亲，发票已经给您开好了，抬头是公司名", conv, buyer, ZH))
                .anySatisfy(i -> assertThat(i.message()).contains("发票"));
        assertThat(assist.check("亲，实在抱歉，颜色和图片有差异，可以给您换胡桃色，差价不用补", conv, buyer, ZH))
                .noneMatch(i -> i.severity() == ChatAssist.Severity.WARN);
    }
}
