package com.afterdesk.scripts.suggest;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Developer tool (not a test): rewrites every message of labelled files in ways that keep its meaning (Traditional
 * characters, a clause of order background, the message said twice, spaces or no punctuation instead of commas) or
 * only add a greeting, and prints per rewrite how often the category and the emotion move and how often the category
 * is still right. {@code -Dprobe.show=NAME} lists the messages whose category a rewrite moves. Run:
 * {@code java -cp target/classes:target/test-classes:target/afterdesk.jar com.afterdesk.scripts.suggest.RewriteProbe FILE...}
 */
public final class RewriteProbe {

    /** Order background that says nothing about the problem; none of it is in the training messages. */
    private static final String[] BACKGROUND = {"这个是上个月买的，", "我用的是手机下的单，", "收货地址是学校，",
        "这是我第二次在你家买了，", "帮同事一起拍的，", "上次也是在这家买的，", "东西是昨天到的，", "我下单的时候选的顺丰，",
        "我是看了评价才买的，", "这单是用优惠券买的，", "我住在小区快递柜附近，", "买给我爸过生日的，"};
    private static final String[] GREETINGS = {"在吗？", "你好，", "亲，", "客服，", "在不在，", "喂，你好，", "麻烦问一下，"};

    private RewriteProbe() {
    }

    static Map<String, UnaryOperator<String>> rewrites() {
        Map<String, UnaryOperator<String>> ops = new LinkedHashMap<>();
        ops.put("traditional", ZhConverterUtil::toTraditional);
        ops.put("background", s -> pick(BACKGROUND, s) + s);
        ops.put("twice", s -> s + "。" + s);
        ops.put("spaces", s -> s.replace("，", " ").replace("。", " "));
        ops.put("no-punctuation", s -> s.replaceAll("[，。、；：,.;:]", ""));
        ops.put("greeting", s -> pick(GREETINGS, s) + s);
        return ops;
    }

    private static String pick(String[] from, String text) {
        return from[Math.floorMod(text.hashCode(), from.length)];
    }

    public static void main(String[] args) {
        List<Evaluation.Item> items = new ArrayList<>();
        for (String a : args) {
            items.addAll(Evaluation.read(Path.of(a)));
        }
        Classifier classifier = new Classifier();
        String show = System.getProperty("probe.show", "");
        List<Classification> original = items.stream().map(it -> classifier.classify(it.text())).toList();
        System.out.printf("%-15s %8s %14s %14s%n", "rewrite", "top-1", "category moved", "emotion moved");
        for (Map.Entry<String, UnaryOperator<String>> op : rewrites().entrySet()) {
            int right = 0;
            int categoryMoved = 0;
            int emotionMoved = 0;
            for (int i = 0; i < items.size(); i++) {
                Evaluation.Item it = items.get(i);
                Classification before = original.get(i);
                String text = op.getValue().apply(it.text());
                Classification after = classifier.classify(text);
                if (after.primary() == it.primary() || it.secondary().contains(after.primary())) {
                    right++;
                }
                if (after.primary() != before.primary()) {
                    categoryMoved++;
                    if (op.getKey().equals(show)) {
                        System.out.println("  " + it.primary() + " " + before.primary() + " > " + after.primary()
                                + " | " + text);
                    }
                }
                if (after.emotion() != before.emotion()) {
                    emotionMoved++;
                }
            }
            System.out.printf("%-15s %8.3f %14d %14d%n", op.getKey(), (double) right / items.size(), categoryMoved,
                    emotionMoved);
        }
    }
}
