package com.afterdesk.backend;

import com.afterdesk.cases.CaseDetail;
import com.afterdesk.cases.CaseService;
import com.afterdesk.cases.HistoryEntry;
import com.afterdesk.cases.NewCase;
import com.afterdesk.common.UserException;
import com.afterdesk.deadlines.Actor;
import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.CaseEvent;
import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.RequestType;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Database;
import com.afterdesk.storage.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The sample shop ({@code demo}): a few dozen cases over every platform, request type, state and urgency, with
 * customers and chats, all timed relative to now. Content comes from {@code assets/demo/shop.json}. Rows carry
 * {@code demo = 1}; loading again replaces the previous sample (the user's own data is never touched), and the
 * whole load is one transaction.
 */
public final class DemoShop {

    static final String RESOURCE = "/assets/demo/shop.json";
    private static final List<Platform> ROUNDS = List.of(Platform.TAOBAO, Platform.PDD, Platform.JD, Platform.TMALL,
            Platform.DOUYIN);
    private static final Duration STEP = Duration.ofHours(3);

    private final Database db;
    private final CaseService cases;
    private final Clock clock;
    private final ChatSink chat;

    /** Where the sample conversations go (the chat feature), with explicit message times. */
    public interface ChatSink {
        /** Stores one conversation of a case; messages are (buyer?, time, text). */
        void conversation(long caseId, Platform platform, String buyer, List<Message> messages);

        /** Removes the previous sample's conversations (inside the load's transaction). */
        void deleteDemo() throws SQLException;

        /** How many conversations the sample has now. */
        long count();
    }

    /** One sample chat message. */
    public record Message(boolean buyer, Instant at, String text) {
    }

    /** What was loaded. */
    public record Result(int cases, long customers, long conversations) {
    }

    DemoShop(Database db, CaseService cases, Clock clock, ChatSink chat) {
        this.db = db;
        this.cases = cases;
        this.clock = clock;
        this.chat = chat;
    }

    /** Replaces the sample shop with a fresh one, all or nothing. */
    public Result load(long seed) {
        JsonNode shop = read();
        List<Plan> plans = plans(shop, new Random(seed));
        // the length of each case's deciding clock comes from a dry run, so the real run can land on its urgency
        for (Plan p : plans) {
            p.clockLength = dryRun(p);
        }
        return db.transaction(c -> {
            deleteDemo(c);
            int n = 0;
            for (Plan p : plans) {
                long id = build(p, timesFor(p));
                try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET demo = 1 WHERE id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                chat.conversation(id, p.platform, p.buyer, messages(p));
                n++;
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE customer SET demo = 1 WHERE id IN (SELECT customer_id FROM case_file WHERE demo = 1)"
                        + " AND id NOT IN (SELECT customer_id FROM case_file WHERE demo = 0 AND customer_id IS NOT NULL)");
            }
            long customers = count(c, "SELECT count(*) FROM customer WHERE demo = 1");
            return new Result(n, customers, chat.count());
        });
    }

    private void deleteDemo(java.sql.Connection c) throws SQLException {
        chat.deleteDemo();
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM case_file WHERE demo = 1");
            st.executeUpdate("DELETE FROM customer WHERE demo = 1 AND id NOT IN "
                    + "(SELECT customer_id FROM case_file WHERE customer_id IS NOT NULL)");
        }
    }

    private static long count(java.sql.Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Builds the case with its events at the planned times; returns its id. */
    private long build(Plan p, List<Instant> times) {
        NewCase n = NewCase.of(p.platform, p.type, p.orderNo).withBuyer(p.buyer)
                .withProduct(p.product, p.sku).withMoney(p.amountFen, p.postageFen).withShipped(p.shipped)
                .withCategory(p.category, p.secondary).withEmotion(p.emotion).withOpenedAt(times.get(0))
                .withShop(p.shop);
        CaseDetail d = cases.create(n, HistoryEntry.SYSTEM);
        for (int i = 0; i < p.path.size(); i++) {
            d = cases.applyEvent(d.id(), p.path.get(i), times.get(i + 1), HistoryEntry.AGENT);
        }
        return d.id();
    }

    /** Runs the plan in a transaction that is rolled back, and returns the length of the deciding clock. */
    private Duration dryRun(Plan p) {
        Duration[] length = {Duration.ZERO};
        try {
            db.transaction(c -> {
                long id = build(p, timesFor(p));
                cases.find(id).flatMap(DemoShop::deciding).ifPresent(clk -> length[0] = clk.length());
                throw new DryRunDone();
            });
        } catch (DryRunDone expected) {
            // rolled back on purpose
        }
        return length[0];
    }

    private static final class DryRunDone extends RuntimeException {
        DryRunDone() {
            super(null, null, false, false);
        }
    }

    /** The clock that decides the case's urgency: running, not paused, seller first, soonest due. */
    static java.util.Optional<CaseClock> deciding(CaseDetail d) {
        return d.runningClocks().stream().filter(c -> !c.paused())
                .min(Comparator.comparing((CaseClock c) -> c.actor() == Actor.SELLER ? 0 : 1)
                        .thenComparing(CaseClock::dueAt));
    }

    /** Opening time, then one time per event; the last event is placed so the deciding clock has the wanted time left. */
    private List<Instant> timesFor(Plan p) {
        Instant now = clock.instant();
        Instant last;
        Duration length = p.clockLength;
        if (length == null || length.isZero() || p.urgency == null) {
            last = now.minus(p.age);
        } else {
            Duration left = switch (p.urgency) {
                case "OVERDUE" -> Duration.ofMinutes(-40 - p.jitter);
                case "CRITICAL" -> Duration.ofMinutes(70 + p.jitter);
                case "WARNING" -> length.compareTo(Duration.ofHours(30)) > 0
                        ? Duration.ofHours(20).minusMinutes(p.jitter * 7L)
                        : Duration.ofHours(9).plusMinutes(p.jitter);
                default -> length.multipliedBy(4).dividedBy(5);
            };
            last = now.minus(length.minus(left));
        }
        List<Instant> times = new ArrayList<>();
        int events = p.path.size();
        Instant opened = last.minus(STEP.multipliedBy(events));
        times.add(events == 0 ? last : opened);
        for (int i = 0; i < events; i++) {
            times.add(last.minus(STEP.multipliedBy(events - 1 - i)));
        }
        return times;
    }

    private List<Message> messages(Plan p) {
        List<Message> out = new ArrayList<>();
        JsonNode chatLines = p.chat;
        int lastOffset = chatLines.get(chatLines.size() - 1).get(1).asInt();
        Instant now = clock.instant();
        // the chat is the latest exchange on the case: an open consultation's last message came a few minutes
        // ago, others within the last hours, so some buyers are still waiting for an answer, as in a real shop
        Instant start = p.path.isEmpty() && p.type == RequestType.NONE
                ? now.minus(Duration.ofMinutes(lastOffset + 3 + p.jitter % 20))
                : now.minus(Duration.ofMinutes(lastOffset + 2 + p.jitter));
        for (JsonNode line : chatLines) {
            out.add(new Message("B".equals(line.get(0).asText()), start.plus(Duration.ofMinutes(line.get(1).asInt())),
                    line.get(2).asText()));
        }
        return out;
    }

    private static JsonNode read() {
        try (InputStream in = DemoShop.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UserException("cli.demo.missing", RESOURCE);
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Plan> plans(JsonNode shop, Random random) {
        List<Plan> plans = new ArrayList<>();
        JsonNode products = shop.get("products");
        JsonNode buyers = shop.get("buyers");
        int buyer = random.nextInt(buyers.size());
        int k = 0;
        for (int round = 0; round < 2; round++) {
            for (JsonNode s : shop.get("scenarios")) {
                Plan p = new Plan();
                p.platform = ROUNDS.get((k + round * 2) % ROUNDS.size());
                p.shop = shop.get("shop").asText();
                p.category = Category.valueOf(s.get("category").asText());
                p.secondary = EnumSet.noneOf(Category.class);
                if (s.has("secondary")) { // a further matter the buyer raised (the case log shows 运输破损 +1)
                    s.get("secondary").forEach(c -> p.secondary.add(Category.valueOf(c.asText())));
                }
                p.type = RequestType.valueOf(s.get("type").asText());
                p.shipped = s.get("shipped").asBoolean();
                p.emotion = Emotion.valueOf(s.get("emotion").asText());
                JsonNode product = products.get((s.get("product").asInt() + round * 5) % products.size());
                p.product = product.get("name").asText();
                p.sku = product.get("sku").asText();
                p.amountFen = product.get("price").asLong();
                p.postageFen = product.get("postage").asLong();
                p.buyer = buyers.get((buyer + k * 7) % buyers.size()).asText();
                p.orderNo = orderNo(p.platform, random);
                p.path = path(CaseState.valueOf(s.get("target").asText()), p.type, round);
                String urgency = s.get("urgency").asText();
                p.urgency = switch (urgency) {
                    case "NONE", "DONE", "PAUSED" -> null;
                    default -> round == 1 ? shift(urgency) : urgency;
                };
                p.jitter = random.nextInt(50);
                p.age = Duration.ofMinutes(30 + random.nextInt(60 * 30));
                p.chat = s.get("chat");
                plans.add(p);
                k++;
            }
        }
        return plans;
    }

    /** The second round moves each case one urgency level so the log shows a spread. */
    private static String shift(String urgency) {
        return switch (urgency) {
            case "OVERDUE" -> "CRITICAL";
            case "CRITICAL" -> "WARNING";
            case "WARNING" -> "OK";
            default -> "OVERDUE";
        };
    }

    private static String orderNo(Platform platform, Random random) {
        String digits = String.valueOf(1_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 8_999_999_999L);
        return switch (platform) {
            case JD -> "30" + digits;
            case PDD -> "261124-" + digits;
            case DOUYIN -> "69" + digits + "7";
            default -> "4" + digits + "21";
        };
    }

    /**
     * The events that take a new case to the wanted state. Intervention comes in two forms: straight from the
     * request (the seller's clock is paused while the platform decides, evidence already submitted) and after a
     * refusal (the evidence clock runs).
     */
    static List<CaseEvent> path(CaseState target, RequestType type, int round) {
        boolean returns = type == RequestType.RETURN_REFUND || type == RequestType.EXCHANGE;
        return switch (target) {
            case OPEN, REQUESTED -> List.of();
            case AWAITING_RETURN -> List.of(CaseEvent.SELLER_AGREED);
            case RETURN_IN_TRANSIT -> List.of(CaseEvent.SELLER_AGREED, CaseEvent.BUYER_SHIPPED);
            case REFUSED -> List.of(CaseEvent.SELLER_REFUSED);
            case INTERVENTION -> round == 0 ? List.of(CaseEvent.INTERVENTION_OPENED, CaseEvent.EVIDENCE_SUBMITTED)
                    : List.of(CaseEvent.SELLER_REFUSED, CaseEvent.INTERVENTION_OPENED);
            case RESOLVED -> type == RequestType.NONE ? List.of(CaseEvent.CASE_RESOLVED)
                    : returns ? List.of(CaseEvent.SELLER_AGREED, CaseEvent.BUYER_SHIPPED, CaseEvent.REFUNDED)
                    : List.of(CaseEvent.REFUNDED);
            case CLOSED -> List.of(CaseEvent.BUYER_CANCELLED);
            default -> List.of();
        };
    }

    /** One planned sample case. */
    private static final class Plan {
        Platform platform;
        String shop;
        Category category;
        Set<Category> secondary;
        RequestType type;
        boolean shipped;
        Emotion emotion;
        String product;
        String sku;
        long amountFen;
        long postageFen;
        String buyer;
        String orderNo;
        List<CaseEvent> path;
        String urgency;
        int jitter;
        Duration age;
        JsonNode chat;
        Duration clockLength;
    }
}
