package com.afterdesk.scripts.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statistical half of the classifier: its corpus, its training and how it does on messages it never saw. */
class ClassifierModelTest {

    static final Classifier CLASSIFIER = new Classifier();

    /**
     * Training gives the same weights every time, here and in the build's own run that put them in the jar: so the
     * bundled models are exactly what the corpus and code of this build train (a stale file would fail here).
     */
    @Test
    void trainingIsDeterministicAndTheBundledModelsAreWhatItGives() {
        List<TrainingCorpus.Example> corpus = TrainingCorpus.load();
        assertThat(TrainingCorpus.load()).isEqualTo(corpus);
        Classifier.Models a = Classifier.train(corpus);
        Classifier.Models b = ModelFile.bundled().orElseThrow(() -> new AssertionError(
                "no matching " + ModelFile.RESOURCE + " on the class path: the build trains it (./mvnw process-classes)"));
        assertThat(a.categories().fingerprint()).isEqualTo(b.categories().fingerprint());
        assertThat(a.emotion().fingerprint()).isEqualTo(b.emotion().fingerprint());
        assertThat(a.categories().vocabularySize()).isGreaterThan(5000);
    }

    @Test
    void theCorpusCoversEveryCategoryAndEmotion() {
        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        Map<Emotion, Integer> perEmotion = new EnumMap<>(Emotion.class);
        for (TrainingCorpus.Example e : TrainingCorpus.load()) {
            perCategory.merge(e.primary(), 1, Integer::sum);
            perEmotion.merge(e.emotion(), 1, Integer::sum);
            assertThat(e.text()).doesNotContain("{").doesNotContain("}");
        }
        assertThat(perCategory).hasSize(Category.values().length);
        assertThat(perCategory.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(100));
        assertThat(perEmotion.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(500));
    }

    /**
     * Whole templates and whole voices messages held out of training: the model must generalise beyond the sentences
     * it was trained on. The voices messages (short, rambling, slang, Traditional, typos) are the harder part.
     */
    @Test
    void generalisesToHeldOutTemplatesOfTheCorpus() {
        List<TrainingCorpus.Example> corpus = TrainingCorpus.load();
        List<TrainingCorpus.Example> train = corpus.stream().filter(e -> e.template() % 6 != 5).toList();
        Classifier slice = new Classifier(Classifier.train(train));
        Evaluation.Report templates = Evaluation.run(slice, heldOut(corpus, TrainingCorpus.Source.TEMPLATE));
        System.out.printf("held-out templates: top-1 %.3f, top-3 %.3f, emotion %.3f%n", templates.top1(),
                templates.top3(), templates.emotion());
        assertThat(templates.top1()).as("top-1 on held-out templates").isGreaterThanOrEqualTo(0.93);
        assertThat(templates.top3()).as("top-3 on held-out templates").isGreaterThanOrEqualTo(0.98);
        assertThat(templates.emotion()).as("emotion on held-out templates").isGreaterThanOrEqualTo(0.82);
        Evaluation.Report voices = Evaluation.run(slice, heldOut(corpus, TrainingCorpus.Source.VOICES));
        System.out.printf("held-out voices: top-1 %.3f, top-3 %.3f, emotion %.3f%n", voices.top1(), voices.top3(),
                voices.emotion());
        assertThat(voices.top1()).as("top-1 on held-out voices messages").isGreaterThanOrEqualTo(0.82);
        assertThat(voices.top3()).as("top-3 on held-out voices messages").isGreaterThanOrEqualTo(0.93);
        assertThat(voices.emotion()).as("emotion on held-out voices messages").isGreaterThanOrEqualTo(0.84);
    }

    private static List<Evaluation.Item> heldOut(List<TrainingCorpus.Example> corpus, TrainingCorpus.Source source) {
        return corpus.stream().filter(e -> e.template() % 6 == 5 && e.source() == source)
                .map(e -> new Evaluation.Item("t" + e.template(), e.text(), e.primary(), e.secondary(), e.emotion()))
                .toList();
    }

    /** Written for this test only (not in the corpus, the lexicon or the dev set), for the categories that were weak. */
    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SERVICE_ATTITUDE    | 我等你们回复等了一下午，发了那么多条一个字都不回
            SERVICE_ATTITUDE    | 你们那个售后说话很冲，好像是我欠他钱一样
            SERVICE_ATTITUDE    | 每次问都是同一段话复制过来，有没有真人在看
            REFUND_PROGRESS     | 退的货你们周一就签收了，退款到今天还没动静
            REFUND_PROGRESS     | 审核通过好几天了，钱一直没回到我卡上
            THREAT_EXTORTION    | 不赔我两百块，我就去市场监管局举报你们
            THREAT_EXTORTION    | 你们自己看着办，不给个交代我就在网上曝光
            OTHER               | 请问这个台灯有暖光的款吗，想给孩子写作业用
            DAMAGED             | 快递箱子一角被压烂了，里面的玻璃罐破了一个
            QUALITY_DEFECT      | 包装完好，但是水壶烧了两次水底部就漏水
            NOT_AS_DESCRIBED    | 商品页写着实木，拆开是贴皮的密度板
            WRONG_MISSING       | 我选的是浅灰色，到手是深蓝色，订单上写得清清楚楚
            SHIP_LATE           | 已经付款五天了，订单还停在待发货
            """)
    void unseenMessagesOfTheWeakCategories(Category expected, String text) {
        Classification c = CLASSIFIER.classify(text);
        assertThat(List.of(c.primary())).as(c.categories().subList(0, 3).toString()).contains(expected);
    }

    /** Known hard boundaries (a pre-sale policy question, cancelling before shipping): right at least in the top 3. */
    @Test
    void hardBoundariesRankTheRightCategoryInTheTopThree() {
        assertThat(CLASSIFIER.classify("我还没买，想问问你们支持七天无理由吗").categories().subList(0, 3))
                .extracting(CategoryScore::category).contains(Category.OTHER);
        assertThat(CLASSIFIER.classify("家里已经有人买了同款，我这单还没发就取消吧").categories().subList(0, 3))
                .extracting(CategoryScore::category).contains(Category.CHANGE_OF_MIND);
    }

    @Test
    void emotionLevelsOnUnseenMessages() {
        assertThat(CLASSIFIER.classify("你好，请问发票开好了吗").emotion()).isEqualTo(Emotion.CALM);
        assertThat(CLASSIFIER.classify("等了这么多天还没到，真的好着急").emotion()).isEqualTo(Emotion.UPSET);
        assertThat(CLASSIFIER.classify("你们这群骗子！！卖的都是垃圾").emotion()).isEqualTo(Emotion.ANGRY);
        assertThat(CLASSIFIER.classify("").emotion()).isEqualTo(Emotion.CALM);
    }

    /**
     * The labelling convention, on messages written for this test: a polite report of a problem or a plain question
     * is calm even with a question mark; a bare complaint or impatience is upset; a threat, an accusation or sarcasm
     * is angry even without exclamation marks, while a quiet private deal stays calm.
     */
    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CALM  | 您好，收到的台灯灯罩有一道裂纹，照片拍好了，麻烦看下怎么处理，谢谢
            CALM  | 亲，请问收据可以和包裹一起寄吗？
            CALM  | 想问一下这款保温壶能不能装牛奶？
            CALM  | 麻烦帮忙查下我的退款审核到哪一步了？
            UPSET | 吸尘器才用了四天就没吸力了
            UPSET | 都快十天了，快递还是一动不动
            UPSET | 唉，买的两盒面膜只来了一盒
            ANGRY | 再不处理我就去消费者协会投诉你们
            ANGRY | 答应好的事情一拖再拖，你们就是在糊弄人
            ANGRY | 回个消息要等一整天，真行
            ANGRY | 这种做工也敢卖三百块？骗子吧
            CALM  | 咱们私下解决，你转我五十块红包，我就不追究了
            """)
    void emotionFollowsTheLabellingConvention(Emotion expected, String text) {
        assertThat(CLASSIFIER.classify(text).emotion()).isEqualTo(expected);
    }

    /**
     * Irony is anger ("包装真用心，碎得整整齐齐"), the same words meant sincerely are not. Messages written for this test,
     * none of them in the training messages; before the ironic training messages, 5 of these 11 read angry (the praise
     * words alone read calm or upset). Two still do not (a kept-in-name promise reads calm, a week's wait upset).
     */
    @Test
    void sarcasmReadsAngryAndSincerePraiseCalm() {
        List<String> ironic = List.of("这发货速度，真是让我开了眼了，十天了还在仓库", "碎了两个碗，你们打包真讲究",
                "退款审核又驳回了，你们可真负责", "客服半天回一个表情，服务真到位", "衣服洗一次就缩成童装了，质量杠杠的",
                "说好的顺丰发了个邮政，真守信用", "包装真用心，碎得整整齐齐", "快递真快，才走了十天", "发错了三次，真是厉害",
                "等了半个月，真行", "发货速度真快啊，一个礼拜了还没发");
        assertThat(ironic.stream().filter(t -> CLASSIFIER.classify(t).emotion() == Emotion.ANGRY).count())
                .as("ironic messages read angry").isGreaterThanOrEqualTo(9);
        for (String sincere : List.of("你们家发货真快，前天拍今天就到了，谢谢", "包装真用心，一点没磕着，好评",
                "客服真耐心，麻烦再帮我查下物流到哪了", "质量真不错，就是想问下能不能开发票")) {
            assertThat(CLASSIFIER.classify(sincere).emotion()).as(sincere).isEqualTo(Emotion.CALM);
        }
    }

    /** A lone question mark is how most buyers type a question, not a sign of anger. */
    @Test
    void aQuestionMarkAloneDoesNotMakeAMessageAngry() {
        for (String q : List.of("请问你们周末发货吗？", "这个充电器支持快充吗?", "运费险怎么申请？")) {
            assertThat(CLASSIFIER.classify(q).emotion()).as(q).isEqualTo(Emotion.CALM);
        }
        assertThat(CLASSIFIER.classify("我的快递呢？？？").emotion()).isEqualTo(Emotion.ANGRY);
    }

    @Test
    void aBrokenCorpusLineIsRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> TrainingCorpus.parse(List.of("# c", "OTHER CALM no bar here")))
                .hasMessageContaining(":2:");
        assertThatThrownBy(() -> TrainingCorpus.parse(List.of("OTHER CALM | {NOPE}")))
                .hasMessageContaining("unknown slot {NOPE}");
    }

    /** A greeting reads as calm, so an upset or angry sentence is never given a polite way of addressing the shop. */
    @Test
    void upsetSentencesGetAPlainAddressAndCalmOnesAGreeting() {
        List<TrainingCorpus.Example> ex = TrainingCorpus.parse(List.of(
                "@ADDRESS 您好，", "@ADDRESS_PLAIN 客服，",
                "QUALITY_DEFECT UPSET | 用了两天就坏了", "INVOICE CALM | 发票抬头写错了"));
        // some expansions lose their punctuation the way voice input does
        assertThat(ex).extracting(e -> e.text().replace("，", ""))
                .contains("客服用了两天就坏了", "您好发票抬头写错了")
                .doesNotContain("您好用了两天就坏了", "客服发票抬头写错了");
    }

    /**
     * The voices files teach different things: the first both models (emotion twice), the category file only the
     * categories (its emotion labels sit at the edges of the levels), the context file both; only templates and the
     * first file get a greeting in front.
     */
    @Test
    void eachVoicesFileTeachesWhatItShould() {
        List<TrainingCorpus.Example> ex = TrainingCorpus.parse(List.of(
                "@ADDRESS 您好，", "@ADDRESS_PLAIN 客服，",
                "QUALITY_DEFECT UPSET | 用了两天就坏了",
                "INVOICE CALM | 发票抬头写错了能重开吗",
                "DAMAGED ANGRY | 碗碎成三瓣了还让我等",
                "SHIP_LATE UPSET | 说好的两天发货都第五天了"), 4, 5, 6);
        Map<TrainingCorpus.Source, List<TrainingCorpus.Example>> by = ex.stream()
                .collect(java.util.stream.Collectors.groupingBy(TrainingCorpus.Example::source));
        assertThat(by.keySet()).containsExactlyInAnyOrder(TrainingCorpus.Source.TEMPLATE,
                TrainingCorpus.Source.VOICES, TrainingCorpus.Source.CATEGORY_ONLY, TrainingCorpus.Source.CONTEXT);
        assertThat(by.get(TrainingCorpus.Source.VOICES)).hasSize(2); // with and without a greeting
        assertThat(by.get(TrainingCorpus.Source.CATEGORY_ONLY)).hasSize(1);
        assertThat(by.get(TrainingCorpus.Source.CONTEXT)).hasSize(1);

        assertThat(Classifier.emotionTarget(by.get(TrainingCorpus.Source.CATEGORY_ONLY).get(0))).isNull();
        assertThat(Classifier.emotionTarget(by.get(TrainingCorpus.Source.CONTEXT).get(0)))
                .containsExactly(0, 1, 0); // UPSET, as written
        assertThat(Classifier.emotionTarget(by.get(TrainingCorpus.Source.VOICES).get(0))).containsExactly(1, 0, 0);
    }

    @Test
    void slotsExpandIntoDistinctMessagesAndNeutralTemplatesIntoEveryLevel() {
        List<TrainingCorpus.Example> ex = TrainingCorpus.parse(List.of(
                "@X 一 | 二 | 三 | 四 | 五 | 六 | 七 | 八",
                "@CALM_PRE 你好，", "@CALM_END |", "@UPSET_PRE |", "@UPSET_END ，唉", "@ANGRY_PRE |", "@ANGRY_END ！！",
                "SHIP_LATE * | 第{X}单还没发货"));
        assertThat(ex).hasSizeGreaterThanOrEqualTo(4);
        assertThat(ex).extracting(TrainingCorpus.Example::text).doesNotHaveDuplicates();
        assertThat(ex).extracting(TrainingCorpus.Example::emotion).contains(Emotion.CALM, Emotion.UPSET, Emotion.ANGRY);
        assertThat(ex).allSatisfy(e -> assertThat(e.primary()).isEqualTo(Category.SHIP_LATE));
    }
}
