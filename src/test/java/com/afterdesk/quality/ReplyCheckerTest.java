package com.afterdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.common.Messages;
import com.afterdesk.domain.Category;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyCheckerTest {

    /** Tuesday 24 November 2026, 16:00 in Shanghai. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Messages ZH = Messages.forLocale(Locale.CHINA);
    static final ReplyChecker CHECKER = new ReplyChecker(QualityRules.defaultsOnly(), null, CLOCK, () -> ZH);

    static CheckResult check(String reply) {
        return CHECKER.check(reply, ReplyContext.none(), null);
    }

    static List<Finding> findings(String reply, RuleId rule) {
        return check(reply).of(rule);
    }

    /** The offending text of each finding of a rule. */
    static List<String> flagged(String reply, RuleId rule) {
        return findings(reply, rule).stream().map(f -> reply.substring(f.start(), f.end())).toList();
    }

    static Finding only(String reply, RuleId rule) {
        List<Finding> fs = findings(reply, rule);
        assertThat(fs).as("findings of %s in %s", rule, reply).hasSize(1);
        return fs.get(0);
    }

    @Test
    void aGoodReplyHasNoFindingAndIsOk() {
        String reply = "亲，非常抱歉让您久等了！我已经帮您联系快递加急处理，最晚明天会有新的物流信息，有进展第一时间告诉您～";
        CheckResult r = check(reply);
        assertThat(r.findings()).isEmpty();
        assertThat(r.ok()).isTrue();
    }

    @Nested
    class OffPlatform {
        @ParameterizedTest
        @ValueSource(strings = {
                "亲，您加我微信 abc12345，我私下给您处理",
                "方便的话加V详聊哈",
                "加 v 吧，这里不好说",
                "亲加我❤：shop888",
                "可以加个薇信吗",
                "我的vx是shop_888",
                "有问题打我电话13812345678",
                "电话：138-1234-5678，随时找我",
                "手机 138 1234 5678",
                "座机 021-66778899",
                "我的QQ号 123456789",
                "您把支付宝账号发我，我给您转过去",
                "退款我们私下转账给您吧",
                "这边线下退款给您",
                "详细说明看这里 https://example.com/help",
                "去 shop-deals.top 看看",
                "发邮件到 service@example.com",
                "我们给您支付宝转5块钱",
                "扫码加群领优惠",
        })
        void movingTheBuyerOffThePlatformBlocksSending(String reply) {
            CheckResult r = check(reply);
            assertThat(r.of(RuleId.OFF_PLATFORM)).as(reply).isNotEmpty();
            assertThat(r.ok()).isFalse();
            assertThat(r.of(RuleId.OFF_PLATFORM).get(0).severity()).isEqualTo(Severity.BLOCK);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "退款会原路退回您的支付宝，请注意查收",
                "您的订单号 123456789012345678 我已经记下了",
                "快递单号 73100123456，已经帮您催件了",
                "商品链接：https://item.taobao.com/item.htm?id=123456",
                "有问题随时在这里留言，我们都在",
                "这款是100%纯棉的，可以放心机洗",
                "顺丰客服电话是95338，也可以直接问快递员",
                "麻烦您提供一下开箱视频，我们马上处理",
                "快递员电话是13912345678，您可以直接问他放在哪了",
        })
        void platformTalkAndNumbersThatAreNotContactsAreFine(String reply) {
            assertThat(findings(reply, RuleId.OFF_PLATFORM)).as(reply).isEmpty();
        }

        @Test
        void theSpanCoversThePhoneNumberWithItsSpaces() {
            String reply = "亲，打 138 1234 5678 找我";
            assertThat(flagged(reply, RuleId.OFF_PLATFORM)).containsExactly("138 1234 5678");
            assertThat(only(reply, RuleId.OFF_PLATFORM).message()).contains("电话");
        }

        @Test
        void chineseNumeralPhoneNumbersAreCaught() {
            assertThat(flagged("加我，一三八一二三四五六七八", RuleId.OFF_PLATFORM)).contains("一三八一二三四五六七八");
        }

        @Test
        void anElevenDigitOrderNumberOfTheCaseIsNotAPhoneNumber() {
            String reply = "您的单 13812345678 已经登记";
            assertThat(findings(reply, RuleId.OFF_PLATFORM)).isNotEmpty();
            assertThat(CHECKER.check(reply, ReplyContext.none().withOrderNo("13812345678"), null)
                    .of(RuleId.OFF_PLATFORM)).isEmpty();
        }

        @Test
        void theRewriteKeepsTheConversationOnThePlatform() {
            String reply = "您可以加我微信详聊";
            Finding f = only(reply, RuleId.OFF_PLATFORM);
            String fixed = ReplyChecker.applySuggestion(reply, f);
            assertThat(fixed).isEqualTo("您可以在这里给我留言详聊");
            assertThat(check(fixed).findings()).isEmpty();
        }
    }

    @Nested
    class AbsoluteClaims {
        @Test
        void absoluteClaimsAreWarnedWithARewrite() {
            String reply = "我们家的面料是最好的，价格全网最低，100%正品";
            assertThat(flagged(reply, RuleId.ABSOLUTE_CLAIM)).containsExactly("最好", "全网最低", "100%");
            CheckResult r = check(reply);
            assertThat(r.ok()).as("warnings do not block").isTrue();
            assertThat(r.of(RuleId.ABSOLUTE_CLAIM)).allMatch(f -> f.severity() == Severity.WARN);
            String fixed = ReplyChecker.applySuggestions(reply, r.findings());
            assertThat(fixed).isEqualTo("我们家的面料是很好的，价格很实惠，正品");
            assertThat(check(fixed).findings()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"销量第一的款", "国家级工艺", "顶级做工", "这是最舒服的一款", "绝对正品", "万能充电器", "永久保修"})
        void otherClaimsAreCaught(String reply) {
            assertThat(findings(reply, RuleId.ABSOLUTE_CLAIM)).as(reply).isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "最晚明天发出，请放心",
                "最近快递量大，物流会慢一点",
                "最后再跟您确认一下地址",
                "最多三天就能到",
                "我们会第一时间帮您处理",
                "这是您第一次在我们家买吧",
                "第一步先拍一张外箱的照片",
                "您最好先拍个开箱视频，方便处理",
                "最好是在签收前检查一下",
                "最新物流显示已经到站了",
                "关注店铺，最新活动会通知您",
                "面料是100%纯棉的",
        })
        void timeLimitAndOrdinalExpressionsAreNotClaims(String reply) {
            assertThat(findings(reply, RuleId.ABSOLUTE_CLAIM)).as(reply).isEmpty();
        }
    }

    @Nested
    class BrushOffAndBlame {
        @ParameterizedTest
        @ValueSource(strings = {"这是你自己的问题", "是您自己的原因，我们不负责", "你是不是没看详情？", "我都说了好几遍了",
                "你应该先看清楚尺码表才对", "早干嘛去了",
                "你收货的时候为什么不检查？现在说有什么用", "这么简单都不会", "我们的产品绝对没有问题"})
        void blameAndLecturingAreWarned(String reply) {
            List<Finding> fs = findings(reply, RuleId.BLAME);
            assertThat(fs).as(reply).isNotEmpty();
            assertThat(fs.get(0).severity()).isEqualTo(Severity.WARN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"不可能，我们发货前都检查过", "这个我也不知道", "没办法，规定就是这样", "这跟我们没关系，找快递去", "你自己找快递",
                "不归我管", "你自己看详情", "我们很忙不过来，等着吧"})
        void brushOffsAreWarned(String reply) {
            assertThat(findings(reply, RuleId.BRUSH_OFF)).as(reply).isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"嗯", "哦。", "嗯嗯～", "  哦哦 ", "知道了"})
        void aBareAcknowledgementAsTheWholeReplyIsABrushOff(String reply) {
            Finding f = only(reply, RuleId.BRUSH_OFF);
            assertThat(f.message()).contains("整条回复");
            String fixed = ReplyChecker.applySuggestion(reply, f);
            assertThat(check(fixed).findings()).as(fixed).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"不行", "不退。", "亲，不能退的", "没有"})
        void aFlatRefusalAsTheWholeReplyIsABrushOffWithAPoliteRewrite(String reply) {
            Finding f = only(reply, RuleId.BRUSH_OFF);
            assertThat(f.message()).contains("直接拒绝");
            String fixed = ReplyChecker.applySuggestion(reply, f);
            assertThat(fixed).contains("抱歉");
            assertThat(check(fixed).findings()).as(fixed).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "嗯嗯，收到您的照片了，确实是运输压坏的，马上给您补发",
                "不知道您方便拍一张外包装的照片吗？",
                "如果您不知道怎么安装，我发您视频教程",
                "照片有点看不清楚，麻烦再拍一张",
                "实在抱歉之前没办法及时回复您",
                "不退运费险的部分我们来承担，您放心",
                "您的问题我已经记录，今天内给您答复",
        })
        void politeRepliesContainingTheseWordsAreFine(String reply) {
            CheckResult r = check(reply);
            assertThat(r.of(RuleId.BRUSH_OFF)).as(reply).isEmpty();
            assertThat(r.of(RuleId.BLAME)).as(reply).isEmpty();
        }

        @Test
        void aBrushOffSuggestionReplacesOnlyThePhrase() {
            String reply = "这个我也不知道，您等等";
            Finding f = only(reply, RuleId.BRUSH_OFF);
            assertThat(ReplyChecker.applySuggestion(reply, f)).isEqualTo("这个我也我帮您查一下，您等等");
        }

        @ParameterizedTest
        @ValueSource(strings = {"爱买不买", "你有病吧", "穷就别买", "你这是无理取闹", "有本事你去投诉", "神经病"})
        void insultsBlockSending(String reply) {
            CheckResult r = check(reply);
            assertThat(r.of(RuleId.INSULT)).as(reply).isNotEmpty();
            assertThat(r.ok()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"滚筒洗衣机的安装视频发您了", "宝贝有病虫害的话可以退"})
        void wordsThatOnlyLookLikeInsultsDoNotBlock(String reply) {
            assertThat(flagged(reply, RuleId.INSULT)).as(reply).doesNotContain("滚");
        }
    }

    @Nested
    class Reviews {
        @ParameterizedTest
        @ValueSource(strings = {"亲，好评返现5元哦", "五星好评送运费险", "给个好评就返2元红包", "晒图好评有礼",
                "追评返红包", "删差评补偿您10元", "您把差评改一下，我们退您5块", "返现5元，麻烦给个五星"})
        void payingForAReviewBlocksSending(String reply) {
            CheckResult r = check(reply);
            assertThat(r.of(RuleId.REVIEW_FOR_REWARD)).as(reply).anyMatch(f -> f.severity() == Severity.BLOCK);
            assertThat(r.ok()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"感谢您的好评，欢迎再次光临", "如果满意，欢迎分享您真实的使用感受",
                "期待您的评价，有问题随时找我们", "感谢好评，退款已经返回您的账户"})
        void anInvitationToShareTheRealExperienceIsFine(String reply) {
            assertThat(findings(reply, RuleId.REVIEW_FOR_REWARD)).as(reply).isEmpty();
        }

        @Test
        void askingOutrightForFiveStarsIsANoteWithAnInvitationAsRewrite() {
            String reply = "麻烦给个五星好评哦";
            Finding f = only(reply, RuleId.REVIEW_FOR_REWARD);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(reply.substring(f.start(), f.end())).isEqualTo("给个五星好评");
            assertThat(check(ReplyChecker.applySuggestion(reply, f)).findings()).isEmpty();
        }

        @Test
        void askingToRemoveABadReviewWithoutARewardIsAWarning() {
            Finding f = only("麻烦您删除差评吧", RuleId.REVIEW_FOR_REWARD);
            assertThat(f.severity()).isEqualTo(Severity.WARN);
        }
    }

    @Nested
    class Placeholders {
        @Test
        void anUnfilledPlaceholderBlocksSendingUntilFilled() {
            String reply = "亲，您的订单{订单号}已经安排补发，快递{快递}";
            CheckResult r = check(reply);
            assertThat(r.ok()).isFalse();
            assertThat(r.of(RuleId.UNFILLED_PLACEHOLDER)).hasSize(2)
                    .allMatch(f -> f.severity() == Severity.BLOCK);
            assertThat(reply.substring(r.findings().get(0).start(), r.findings().get(0).end())).isEqualTo("{订单号}");
            assertThat(r.findings().get(0).message()).contains("{订单号}");
            assertThat(check("亲，您的订单已经安排补发，快递是顺丰").ok()).isTrue();
        }

        @Test
        void aPlaceholderTheCaseKnowsSuggestsItsValue() {
            String reply = "亲，您的订单{订单号}已经安排补发";
            ReplyContext ctx = ReplyContext.none().withOrderNo("3456789012345678");
            Finding f = CHECKER.check(reply, ctx, null).of(RuleId.UNFILLED_PLACEHOLDER).get(0);
            assertThat(f.suggestion()).isEqualTo("3456789012345678");
            String fixed = ReplyChecker.applySuggestion(reply, f);
            assertThat(CHECKER.check(fixed, ctx, null).ok()).isTrue();
        }
    }

    @Nested
    class CaseFacts {
        final ReplyContext ctx = ReplyContext.none().withPostage(800L).withPaid(5900L)
                .withOrderNo("3456789012345678");

        @Test
        void compensationUpToThePostageIsFine() {
            assertThat(CHECKER.check("给您补偿8元运费，您看可以吗？", ctx, null).findings()).isEmpty();
            assertThat(CHECKER.check("给您补偿五块钱，您看可以吗？", ctx, null).findings()).isEmpty();
        }

        @Test
        void compensationAboveThePostageIsWarnedAndTheRewriteCapsIt() {
            String reply = "实在抱歉，给您补偿15元红包";
            CheckResult r = CHECKER.check(reply, ctx, null);
            Finding f = r.of(RuleId.COMPENSATION_ABOVE_POSTAGE).get(0);
            assertThat(reply.substring(f.start(), f.end())).isEqualTo("15元");
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.message()).contains("8元");
            assertThat(ReplyChecker.applySuggestion(reply, f)).isEqualTo("实在抱歉，给您补偿8元红包");
        }

        @Test
        void aConfirmedCompensationAllowsMoreThanThePostage() {
            ReplyContext confirmed = ctx.withConfirmedCompensation(2000L);
            assertThat(CHECKER.check("给您补偿20元，已经和店长确认过了", confirmed, null).findings()).isEmpty();
            Finding f = CHECKER.check("给您补偿¥30", confirmed, null).of(RuleId.COMPENSATION_ABOVE_POSTAGE).get(0);
            assertThat(f.suggestion()).isEqualTo("¥20");
        }

        @Test
        void anAmountAbovePaidBlocks() {
            CheckResult r = CHECKER.check("给您赔偿100元", ctx, null);
            assertThat(r.ok()).isFalse();
            assertThat(r.of(RuleId.AMOUNT_ABOVE_PAID)).hasSize(1);
            assertThat(r.of(RuleId.COMPENSATION_ABOVE_POSTAGE)).as("one finding per amount").isEmpty();
            Finding refund = CHECKER.check("马上给您退款60元", ctx, null).of(RuleId.AMOUNT_ABOVE_PAID).get(0);
            assertThat(refund.suggestion()).isEqualTo("59元");
        }

        @Test
        void aRefundThatIsNotTheCasesRefundContradictsTheCase() {
            ReplyContext withRefund = ctx.withRefund(2950L);
            Finding f = CHECKER.check("部分退款30元给您", withRefund, null).of(RuleId.CONTRADICTS_CASE).get(0);
            assertThat(f.suggestion()).isEqualTo("29.5元");
            assertThat(CHECKER.check("部分退款29.5元给您", withRefund, null).findings()).isEmpty();
        }

        @Test
        void amountsThatAreNotPromisesAreIgnored() {
            assertThat(CHECKER.check("您这单实付59元，运费8元", ctx, null).findings()).isEmpty();
        }

        @Test
        void withoutCaseFactsNoAmountIsJudged() {
            assertThat(check("给您补偿15元红包").findings()).isEmpty();
        }

        @Test
        void anotherOrderNumberContradictsTheCase() {
            String reply = "您的订单号 3456789012345679 已经登记";
            Finding f = CHECKER.check(reply, ctx, null).of(RuleId.CONTRADICTS_CASE).get(0);
            assertThat(reply.substring(f.start(), f.end())).isEqualTo("3456789012345679");
            assertThat(f.suggestion()).isEqualTo("3456789012345678");
            assertThat(CHECKER.check("您的订单号 3456789012345678 已经登记", ctx, null).findings()).isEmpty();
        }

        @Test
        void aShipDateLaterThanPromisedContradictsTheCase() {
            // promised to ship by Wednesday 25 November, 18:00 Shanghai
            ReplyContext promised = ctx.withPromisedShipBy(Instant.parse("2026-11-25T10:00:00Z"));
            assertThat(CHECKER.check("最晚明天给您发货", promised, null).findings()).isEmpty();
            assertThat(CHECKER.check("11月25日一定发出", promised, null).findings()).isEmpty();
            assertThat(CHECKER.check("25号发货", promised, null).findings()).isEmpty();

            String reply = "后天给您发货哈";
            Finding f = CHECKER.check(reply, promised, null).of(RuleId.CONTRADICTS_CASE).get(0);
            assertThat(reply.substring(f.start(), f.end())).isEqualTo("后天");
            assertThat(f.message()).contains("11月25日");
            assertThat(ReplyChecker.applySuggestion(reply, f)).isEqualTo("11月25日给您发货哈");

            assertThat(CHECKER.check("11月27日发货", promised, null).of(RuleId.CONTRADICTS_CASE)).hasSize(1);
            assertThat(CHECKER.check("48小时内发货", promised, null).of(RuleId.CONTRADICTS_CASE)).hasSize(1);
            assertThat(CHECKER.check("24小时内发货", promised, null).findings()).isEmpty();
            assertThat(CHECKER.check("下周一发出", promised, null).of(RuleId.CONTRADICTS_CASE)).hasSize(1);
        }

        @Test
        void aPromiseAfterThePlatformDeadlineIsWarned() {
            ReplyContext deadline = ctx.withPlatformDeadline(Instant.parse("2026-11-26T08:00:00Z"));
            assertThat(CHECKER.check("我们明天就给您处理", deadline, null).findings()).isEmpty();
            Finding f = CHECKER.check("11月28日前给您处理好", deadline, null).of(RuleId.CONTRADICTS_CASE).get(0);
            assertThat(f.message()).contains("11月26日");
        }
    }

    @Nested
    class OffTopic {
        @Test
        void aReplyAboutSomethingElseIsWarned() {
            Finding f = CHECKER.check("亲，已经帮您催快递了，物流很快会更新", ReplyContext.none(), "发票怎么开？抬头写公司")
                    .of(RuleId.OFF_TOPIC).get(0);
            assertThat(f.severity()).isEqualTo(Severity.WARN);
            assertThat(f.message()).contains("发票").contains("物流");
        }

        @Test
        void aReplyOnTheSameTopicOrARemedyIsFine() {
            assertThat(CHECKER.check("非常抱歉，已经帮您催快递了", ReplyContext.none(), "快递三天没动了").findings())
                    .isEmpty();
            assertThat(CHECKER.check("实在抱歉，给您安排退款", ReplyContext.none(), "杯子碎了").findings()).isEmpty();
            assertThat(CHECKER.check("亲，非常抱歉给您带来不好的体验", ReplyContext.none(), "杯子碎了").findings())
                    .as("an apology is about nothing in particular").isEmpty();
        }

        @Test
        void sendingAReplacementAnswersAProductProblemThoughItTalksAboutShipping() {
            assertThat(CHECKER.check("亲，给您补寄的杯子已经出库啦，这次加了气泡膜", ReplyContext.none(), "碟子到了就碎了两个")
                    .of(RuleId.OFF_TOPIC)).isEmpty();
            assertThat(CHECKER.check("补发的充电线已经出库了，单号稍后发您", ReplyContext.none(), "少发了一个充电线")
                    .of(RuleId.OFF_TOPIC)).isEmpty();
            // the same shipping talk with no replacement in it is still off the buyer's topic
            assertThat(CHECKER.check("亲，仓库已经出库了，请耐心等待", ReplyContext.none(), "发票怎么开？抬头写公司")
                    .of(RuleId.OFF_TOPIC)).hasSize(1);
        }

        @Test
        void theCaseCategoryStandsInForAMissingBuyerMessage() {
            ReplyContext invoiceCase = ReplyContext.none().withCategory(Category.INVOICE);
            assertThat(CHECKER.check("已经帮您催快递了", invoiceCase, null).of(RuleId.OFF_TOPIC)).hasSize(1);
        }

        @Test
        void anotherTopicMatcherCanBePluggedIn() {
            TopicMatcher fixed = new TopicMatcher() {
                @Override
                public List<Category> buyerTopics(String buyerMessage) {
                    return List.of(Category.COUNTERFEIT);
                }

                @Override
                public List<Category> replyTopics(String reply) {
                    return List.of(Category.LOGISTICS_DELAY);
                }
            };
            assertThat(CHECKER.withTopics(fixed).check("好的", ReplyContext.none(), "随便什么")
                    .of(RuleId.OFF_TOPIC)).hasSize(1);
        }
    }

    @Test
    void explanationsFollowTheUsersLanguage() {
        Messages en = Messages.forLocale(Locale.ENGLISH);
        Finding f = CHECKER.check("加我微信", ReplyContext.none(), null, en).findings().get(0);
        assertThat(f.message()).contains("off the platform");
    }

    @Test
    void findingsComeInTextOrder() {
        CheckResult r = check("亲，最好的售后，加我微信，{订单号}");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly(RuleId.ABSOLUTE_CLAIM,
                RuleId.OFF_PLATFORM, RuleId.UNFILLED_PLACEHOLDER);
    }
}
