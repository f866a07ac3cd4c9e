package com.afterdesk.scripts.suggest;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Stage;
import com.afterdesk.scripts.Script;
import com.afterdesk.scripts.ScriptCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Performance self-test of the engine on generated data: a library of N scripts and a stream of generated buyer
 * messages. Reports suggestion latency (p50/p99, in-process, one thread) and classify throughput on one core
 * after warm-up. Used by the {@code bench} command; returns plain values so other figures can sit beside it.
 */
public final class SuggestionBench {

    private static final String[] OPENERS = {"", "你好，", "在吗？", "亲，", "老板，", "客服，", "喂，", "麻烦问下，"};
    private static final String[] PROBLEMS = {
        "快递三天没动了，什么时候能到", "物流一直显示在中转，还没收到", "显示签收了但是我没拿到包裹", "快递被退回去了",
        "拍了五天了还没发货", "说好48小时发货的呢", "杯子到手就碎了，外包装也压烂了", "瓶子漏液了，箱子都湿了",
        "衣服有个洞还开线了", "用了两天就不亮了", "颜色和图片差太多了", "尺码偏小穿不上", "发错颜色了，我要的是黑色",
        "少发了一件，只收到一个", "这个怎么安装啊，说明书看不懂", "蓝牙连不上怎么办", "这是正品吗，防伪码查不到",
        "拍错了不想要了，能取消吗", "退货地址发我一下，运费谁出", "寄回去一周了退款还没到账", "你们客服态度太差了，半天不回",
        "刚买就降价了，能补差价吗", "优惠券没减", "发票什么时候开，抬头写错了", "不赔钱我就给差评投诉你们",
        "好的谢谢", "有黑色的吗"};
    private static final String[] CLOSERS = {"", "。", "？", "！！", "？？？", "，谢谢", "，急用", "，垃圾店", "😡", "，麻烦尽快"};

    private SuggestionBench() {
    }

    /** Generated buyer-like messages (from fragments written for this benchmark). */
    public static List<String> messages(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String m = OPENERS[r.nextInt(OPENERS.length)] + PROBLEMS[r.nextInt(PROBLEMS.length)];
            if (r.nextInt(4) == 0) {
                m += "，而且" + PROBLEMS[r.nextInt(PROBLEMS.length)];
            }
            out.add(m + CLOSERS[r.nextInt(CLOSERS.length)]);
        }
        return out;
    }

    /** A generated library: every category and stage, variants, some platform-specific scripts. */
    public static ScriptCatalog library(int n, long seed) {
        Random r = new Random(seed);
        Category[] cats = Category.values();
        Stage[] stages = Stage.values();
        Script.Variant[] variants = Script.Variant.values();
        Platform[] platforms = Platform.values();
        List<Script> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(cats.length + 1);
            Category cat = k == cats.length ? null : cats[k];
            Stage stage = stages[r.nextInt(stages.length)];
            Set<Platform> pl = r.nextInt(10) == 0 ? Set.of(platforms[r.nextInt(platforms.length)]) : Set.of();
            Set<Emotion> em = stage == Stage.SOOTHE ? Set.of(Emotion.UPSET, Emotion.ANGRY) : Set.of();
            list.add(new Script("bench-" + i, cat, stage, variants[r.nextInt(variants.length)], pl, em, null, List.of(),
                    "bench " + i, "{买家}您好，这是第" + i + "条测试话术，关于" + (cat == null ? "通用" : cat.name())
                    + "，订单{订单号}。"));
        }
        List<Script> scripts = List.copyOf(list);
        return new ScriptCatalog() {
            @Override
            public List<Script> all() {
                return scripts;
            }

            @Override
            public long revision() {
                return 1;
            }
        };
    }

    /** Runs the benchmark with a library of {@code scripts} scripts; figures in milliseconds and messages/s. */
    public static Map<String, Object> run(int scripts) {
        Classifier classifier = new Classifier();
        SuggestionEngine engine = new SuggestionEngine(library(scripts, 42), classifier);
        List<String> msgs = messages(5000, 7);
        Platform[] platforms = Platform.values();
        // warm-up: let the JIT compile the hot paths
        for (int i = 0; i < 20000; i++) {
            engine.suggest(new SuggestionRequest(msgs.get(i % msgs.size()), platforms[i % platforms.length],
                    ConversationContext.FIRST_REPLY, 5));
        }
        long[] times = new long[msgs.size()];
        for (int i = 0; i < msgs.size(); i++) {
            SuggestionRequest req = new SuggestionRequest(msgs.get(i), platforms[i % platforms.length],
                    i % 3 == 0 ? ConversationContext.after(Stage.ASK) : ConversationContext.FIRST_REPLY, 5);
            long t0 = System.nanoTime();
            engine.suggest(req);
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        for (int i = 0; i < 20000; i++) {
            classifier.classify(msgs.get(i % msgs.size()));
        }
        int classified = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (int i = 0; i < 1000; i++) {
                classifier.classify(msgs.get((classified + i) % msgs.size()));
            }
            classified += 1000;
            elapsed = System.nanoTime() - start;
        } while (elapsed < 2_000_000_000L);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scripts", scripts);
        out.put("messages", msgs.size());
        out.put("suggestP50Ms", ms(times[times.length / 2]));
        out.put("suggestP99Ms", ms(times[(int) (times.length * 0.99)]));
        out.put("suggestMaxMs", ms(times[times.length - 1]));
        out.put("classifyPerSecond", Math.round(classified / (elapsed / 1e9)));
        return out;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
