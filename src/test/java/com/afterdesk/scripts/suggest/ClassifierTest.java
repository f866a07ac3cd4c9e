package com.afterdesk.scripts.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    static final Classifier CLASSIFIER = new Classifier();

    /** Messages written for this test, the way buyers type (slang, Traditional, no punctuation, typos). */
    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LOGISTICS_DELAY     | 我的包裹五天了物流都没更新一下，到底卡在哪了
            LOGISTICS_DELAY     | 快地咋还在中转啊 啥时候能送到
            LOGISTICS_EXCEPTION | 物流显示昨天已签收，可我家根本没人收到过东西
            LOGISTICS_EXCEPTION | 快递员说件丢了，让我找商家
            SHIP_LATE           | 付款都四天了还显示待发货，说好的48小时发呢
            SHIP_LATE           | 亲 我的订单怎么还不发货呀
            DAMAGED             | 纸箱被压扁了，里面的玻璃花瓶直接碎成好几块
            DAMAGED             | 洗衣液在路上漏了一半，箱子全湿透了
            QUALITY_DEFECT      | 卫衣穿了一次袖口就开线了，洗完还掉色
            QUALITY_DEFECT      | 吹风机用了三天就没反应了，插哪个插座都不行
            NOT_AS_DESCRIBED    | 实物颜色比主图暗了好多，色差也太大了吧
            NOT_AS_DESCRIBED    | 详情页写的纯棉，摸着明明是化纤，跟描述不符
            WRONG_MISSING       | 我买的是白色42码，给我发来一双黑色40码
            WRONG_MISSING       | 套装说好三件，盒子里只有两件，少了一个杯垫
            USAGE_HELP          | 这个净水器滤芯要怎么安装啊，说明书看了半天没看懂
            USAGE_HELP          | 耳機怎麼跟手機配對？藍牙一直搜不到
            COUNTERFEIT         | 这包的五金和专柜的不一样，你们卖的是不是高仿
            COUNTERFEIT         | zp吗？防伪码扫出来说查无此码
            CHANGE_OF_MIND      | 不好意思手滑拍错了，帮我取消一下订单吧
            CHANGE_OF_MIND      | 衣服没拆吊牌，就是不太喜欢，可以七天无理由退吗
            RETURN_SHIPPING     | 退货的话寄到哪个地址，运费险能赔多少
            RETURN_SHIPPING     | 换货的话我这边怎么寄回，需要自己垫运费吗
            REFUND_PROGRESS     | 你们仓库前天就签收我的退货了，钱到现在还没到账
            REFUND_PROGRESS     | tk申请一周了还在审核中，到底什么时候退钱
            SERVICE_ATTITUDE    | 问了三遍都不回复，回了也是复制粘贴的机器人话术，这服务太敷衍了
            SERVICE_ATTITUDE    | 你们那个客服说话阴阳怪气的，什么态度
            PRICE_PROMO         | 昨天刚买今天就降了三十块，能不能补个差价
            PRICE_PROMO         | 下单时满300减50的券没减，多付了五十
            INVOICE             | 麻烦开个增值税专票，抬头和税号我发你
            INVOICE             | 电子发票一直没收到，公司等着报销
            THREAT_EXTORTION    | 今天不给我赔五百块钱，我就去12315投诉你们，再发微博曝光
            THREAT_EXTORTION    | 给我转两百块，不然差评伺候
            OTHER               | 好的，谢谢亲
            OTHER               | 这款还有藏青色吗，想买两件
            """)
    void everyCategoryOnRealisticMessages(Category expected, String text) {
        assertThat(CLASSIFIER.classify(text).primary()).isEqualTo(expected);
    }

    @Test
    void scoresCoverAllCategoriesBestFirstWithinZeroAndOne() {
        Classification c = CLASSIFIER.classify("杯子碎了");
        assertThat(c.categories()).hasSize(Category.values().length);
        assertThat(c.categories()).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
        for (int i = 1; i < c.categories().size(); i++) {
            assertThat(c.categories().get(i).score()).isLessThanOrEqualTo(c.categories().get(i - 1).score());
        }
        assertThat(c.cues()).anySatisfy(q -> assertThat(q.term()).contains("碎"));
    }

    @Test
    void theUnderlyingProblemBeatsTheRemedyAskedFor() {
        assertThat(CLASSIFIER.classify("盘子到了就碎了，我要退款").primary()).isEqualTo(Category.DAMAGED);
        assertThat(CLASSIFIER.classify("鞋子开胶了，给我退货退款").primary()).isEqualTo(Category.QUALITY_DEFECT);
    }

    @Test
    void aThreatNextToAProblemIsSecondary() {
        Classification c = CLASSIFIER.classify("裤子破了个洞，不赔钱就给你们差评");
        assertThat(c.primary()).isEqualTo(Category.QUALITY_DEFECT);
        assertThat(c.secondary()).contains(Category.THREAT_EXTORTION);
    }

    @Test
    void aSecondMatterInItsOwnClauseIsReadEvenWhenTheFirstDominates() {
        // read as a whole the message is about the broken cups (the delay gets well under 1%); its first clause
        // alone is plainly about the slow parcel
        Classification c = CLASSIFIER.classify("快递慢了一个礼拜我也就忍了，打开一看杯子还碎了两个");
        assertThat(c.primary()).isEqualTo(Category.DAMAGED);
        assertThat(c.score(Category.LOGISTICS_DELAY)).isLessThan(0.05);
        assertThat(c.secondary()).containsExactly(Category.LOGISTICS_DELAY);
        Classification joined = CLASSIFIER.classify("等了五天才发货，而且收到的耳机左边没声音");
        List<Category> both = new ArrayList<>(joined.secondary());
        both.add(joined.primary());
        assertThat(both).contains(Category.SHIP_LATE, Category.QUALITY_DEFECT);
    }

    @Test
    void aLineBreakEndsAClauseLikePunctuation() {
        // the chat pane reads the buyer's recent messages one per line; the normaliser joins Chinese lines, so
        // without the break the delay and the breakage run together into one clause about the breakage
        assertThat(CLASSIFIER.classify("快递慢了一个礼拜打开一看杯子还碎了两个").secondary()).isEmpty();
        Classification lines = CLASSIFIER.classify("快递慢了一个礼拜\n打开一看杯子还碎了两个");
        assertThat(lines.primary()).isEqualTo(Category.DAMAGED);
        assertThat(lines.secondary()).containsExactly(Category.LOGISTICS_DELAY);
        assertThat(CLASSIFIER.classify("快递慢了一个礼拜\r\n打开一看杯子还碎了两个").secondary())
                .containsExactly(Category.LOGISTICS_DELAY);
        // one matter over several lines stays one matter
        assertThat(CLASSIFIER.classify("你好\n我前天收到的杯子\n打开一看碎了两个\n盒子也压扁了").secondary()).isEmpty();
        assertThat(CLASSIFIER.classify("快递三天没动了\n一直显示在转运中心\n麻烦帮我催一下").secondary()).isEmpty();
    }

    @Test
    void oneMatterToldInSeveralClausesRaisesNothingElse() {
        assertThat(List.of("你好，我前天收到的杯子，打开一看碎了两个，盒子也压扁了，怎么处理",
                "快递三天没动了，一直显示在转运中心，麻烦帮我催一下，我着急用",
                "耳机用了两天左边就没声音了，充电也充不进去，是不是质量问题",
                "亲，请问这个面霜怎么用，早上用还是晚上用，要不要先用水乳"))
                .allSatisfy(m -> assertThat(CLASSIFIER.classify(m).secondary()).as(m).isEmpty());
    }

    @Test
    void breakageIsTransportDamageOnlyWithATransportContext() {
        assertThat(CLASSIFIER.classify("快递送来外箱都烂了，镜子裂了一道").primary()).isEqualTo(Category.DAMAGED);
        assertThat(CLASSIFIER.classify("手机壳用了两周边上裂了").primary()).isEqualTo(Category.QUALITY_DEFECT);
        assertThat(CLASSIFIER.classify("外包装完好，但是里面的碗有条裂纹").primary()).isEqualTo(Category.QUALITY_DEFECT);
    }

    @Test
    void negatedCuesDoNotCount() {
        Classification c = CLASSIFIER.classify("东西没破也没坏，就是颜色和图片不一样");
        assertThat(c.primary()).isEqualTo(Category.NOT_AS_DESCRIBED);
        assertThat(c.score(Category.DAMAGED)).isLessThan(0.1);
        assertThat(CLASSIFIER.classify("不是质量问题，就是拍错了不想要了").primary()).isEqualTo(Category.CHANGE_OF_MIND);
    }

    @Test
    void mentioningTheAgentIsNotAutomaticallyAServiceComplaint() {
        assertThat(CLASSIFIER.classify("客服说今天能发货，可是到现在还没发").primary()).isEqualTo(Category.SHIP_LATE);
    }

    @Test
    void severalProblemsInOneMessageAreAllRanked() {
        Classification c = CLASSIFIER.classify("拖了一周才发货，到手还少了一个配件");
        assertThat(c.categories().subList(0, 3)).extracting(CategoryScore::category)
                .contains(Category.SHIP_LATE, Category.WRONG_MISSING);
    }

    @Test
    void emotionLevels() {
        assertThat(CLASSIFIER.classify("请问这个怎么安装？谢谢").emotion()).isEqualTo(Emotion.CALM);
        assertThat(CLASSIFIER.classify("等了一个星期了还没到，真的很失望").emotion()).isEqualTo(Emotion.UPSET);
        assertThat(CLASSIFIER.classify("垃圾店！！！骗子，我要投诉你们").emotion()).isEqualTo(Emotion.ANGRY);
        assertThat(CLASSIFIER.classify("到底什么时候发货？？？").emotion()).isNotEqualTo(Emotion.CALM);
        assertThat(CLASSIFIER.classify("碎了😡😡").emotion()).isEqualTo(Emotion.ANGRY);
    }

    @Test
    void emptyAndOddInputIsOther() {
        assertThat(CLASSIFIER.classify("").primary()).isEqualTo(Category.OTHER);
        assertThat(CLASSIFIER.classify("👍👍").primary()).isEqualTo(Category.OTHER);
        assertThat(CLASSIFIER.classify(null).emotion()).isEqualTo(Emotion.CALM);
    }
}
