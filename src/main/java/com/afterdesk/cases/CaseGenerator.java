package com.afterdesk.cases;

import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.CaseEvent;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.Lifecycle;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.deadlines.RuleBook;
import com.afterdesk.deadlines.RuleSet;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates realistic cases (every state, every urgency) by driving the real clock engine with random events
 * in the past, and stores them in one transaction. Used by {@code bench}; the rows carry demo = 1.
 */
public final class CaseGenerator {

    private static final Platform[] PLATFORMS = {Platform.TAOBAO, Platform.TAOBAO, Platform.TAOBAO, Platform.TMALL,
            Platform.PDD, Platform.JD, Platform.DOUYIN, Platform.TAOBAO, Platform.PDD, Platform.OTHER};
    private static final String[] PRODUCTS = {"纯棉T恤", "保温杯 500ml", "蓝牙耳机", "儿童雨靴", "陶瓷碗套装",
            "手机壳", "羽绒服", "香薰蜡烛", "运动鞋", "抽纸 24包"};
    private static final String[] NICKS = {"小鱼", "tb_8823", "阿青", "momo", "快乐每一天", "王先生", "lily88",
            "晴天", "大熊", "jd_用户"};

    private CaseGenerator() {
    }

    /** Stores {@code count} generated cases opened up to 12 days before {@code now}; returns their number. */
    public static int generate(Database db, RuleBook rules, int count, Instant now, long seed) {
        Random random = new Random(seed);
        Map<Platform, RuleSet> sets = new EnumMap<>(Platform.class);
        for (Platform p : Platform.values()) {
            sets.put(p, rules.rules(p));
        }
        db.write(c -> {
            for (int i = 0; i < count; i++) {
                Platform platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
                int t = random.nextInt(20);
                RequestType type = t < 1 ? RequestType.NONE : t < 8 ? RequestType.REFUND_ONLY
                        : t < 16 ? RequestType.RETURN_REFUND : t < 18 ? RequestType.EXCHANGE : RequestType.AFTER_SALE;
                boolean shipped = type != RequestType.REFUND_ONLY || random.nextBoolean();
                Instant opened = now.minus(Duration.ofMinutes(random.nextInt(12 * 24 * 60)));
                Category category = Category.values()[random.nextInt(Category.values().length)];
                String nick = NICKS[random.nextInt(NICKS.length)] + (i % 5000);
                NewCase n = NewCase.of(platform, type, String.format("%s%012d", platform.id().substring(0, 2)
                                .toUpperCase(), 100_000_000L + i))
                        .withShipped(shipped).withProduct(PRODUCTS[random.nextInt(PRODUCTS.length)], "")
                        .withMoney(1000 + random.nextInt(50_000), random.nextInt(3) * 600L)
                        .withCategory(category, Set.of()).withOpenedAt(opened);
                long customerId = com.afterdesk.customers.CustomerRepository.findOrCreate(c, platform, nick, now, true);
                long id = CaseRepository.insertCase(c, n, customerId, nick, CaseState.OPEN, opened, now, true);
                CaseRepository.appendHistory(c, id, opened, HistoryEntry.SYSTEM, "CREATED", "generated", null,
                        CaseState.OPEN);
                Lifecycle.Facts facts = new Lifecycle.Facts(platform, type, shipped, CaseState.OPEN, opened);
                List<CaseClock> clocks = new ArrayList<>();
                Instant at = opened;
                RuleSet set = sets.get(platform);
                for (int step = 0; step < 6; step++) {
                    CaseEvent e;
                    if (step == 0 && type != RequestType.NONE) {
                        e = CaseEvent.REQUEST_OPENED;
                    } else {
                        if (random.nextInt(3) == 0) {
                            break;
                        }
                        List<CaseEvent> allowed = new ArrayList<>(Lifecycle.allowedEvents(facts, clocks, at));
                        allowed.remove(CaseEvent.REOPENED);
                        allowed.remove(CaseEvent.TIMED_OUT);
                        if (allowed.isEmpty()) {
                            break;
                        }
                        e = allowed.get(random.nextInt(allowed.size()));
                        at = at.plus(Duration.ofMinutes(random.nextInt(36 * 60)));
                        if (at.isAfter(now)) {
                            break;
                        }
                    }
                    Lifecycle.Transition tr = Lifecycle.apply(facts, clocks, e, at, set);
                    clocks = new ArrayList<>(tr.clocks());
                    facts = new Lifecycle.Facts(platform, type, tr.shipped(), tr.to(), opened);
                    CaseRepository.appendHistory(c, id, at, HistoryEntry.SYSTEM, e.name(),
                            String.join("; ", tr.changes()), tr.from(), tr.to());
                    CaseRepository.updateState(c, id, tr.to(), tr.outcome(), tr.intervened(), tr.shipped(), now);
                }
                CaseRepository.saveClocks(c, id, clocks);
            }
        });
        return count;
    }
}
