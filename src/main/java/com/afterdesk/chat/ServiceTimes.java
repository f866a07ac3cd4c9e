package com.afterdesk.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Service metrics from chat logs (see the metrics domain notes). A round starts at the buyer's first unanswered
 * message and ends at the agent's first reply after it. Only messages before the end of the window count, so a
 * report "as of" an instant never looks into the future. Plain arithmetic, no storage.
 */
public final class ServiceTimes {

    /** Taobao's 3-minute rate only counts rounds that start between 08:00 and 24:00 local time. */
    public static final LocalTime SERVICE_DAY_START = LocalTime.of(8, 0);
    public static final Duration THREE_MINUTES = Duration.ofMinutes(3);
    /** Pinduoduo-style: a round counts as replied when answered within one hour. */
    public static final Duration REPLY_LIMIT = Duration.ofHours(1);

    private ServiceTimes() {
    }

    /** The messages of one conversation, with the buyer it is with (several conversations can share a buyer). */
    public record BuyerChat(String buyer, List<ChatMessage> messages) {
        public BuyerChat {
            messages = List.copyOf(messages);
        }
    }

    /** One round: when the buyer started waiting and when (if) the agent answered. */
    public record Round(Instant start, Optional<Instant> answeredAt) {
        public Optional<Duration> responseTime() {
            return answeredAt.map(a -> Duration.between(start, a));
        }
    }

    /**
     * The figures for a window. Rates are fractions 0..1 and empty when there is nothing to divide by.
     *
     * @param firstResponse   mean time from a conversation's first buyer message to the first reply
     * @param averageResponse mean wait of the answered rounds
     * @param threeMinuteRate rounds answered within 3 minutes over rounds starting 08:00-24:00 (rounds still open
     *                        for less than 3 minutes at the end of the window are not decided yet and left out)
     * @param replyRate       buyers whose every round was answered within an hour over buyers who asked
     * @param qaRatio         agent messages over buyer messages in the window
     */
    public record Report(Optional<Duration> firstResponse, Optional<Duration> averageResponse,
                         OptionalDouble threeMinuteRate, OptionalDouble replyRate, OptionalDouble qaRatio,
                         int rounds, int answeredRounds, int buyers, int buyerMessages, int agentMessages) {
    }

    /** The rounds of one conversation, in order, using only messages sent before {@code until}. */
    public static List<Round> rounds(List<ChatMessage> messages, Instant until) {
        List<Round> out = new ArrayList<>();
        Instant open = null;
        for (ChatMessage m : sorted(messages)) {
            if (!m.sentAt().isBefore(until)) {
                break;
            }
            if (m.role() == Role.BUYER) {
                if (open == null) {
                    open = m.sentAt();
                }
            } else if (open != null) {
                out.add(new Round(open, Optional.of(m.sentAt())));
                open = null;
            }
        }
        if (open != null) {
            out.add(new Round(open, Optional.empty()));
        }
        return out;
    }

    /** Computes the service figures for rounds and messages in {@code [from, to)}; times of day in {@code zone}. */
    public static Report compute(Collection<BuyerChat> threads, Instant from, Instant to, ZoneId zone) {
        List<Duration> firsts = new ArrayList<>();
        List<Duration> waits = new ArrayList<>();
        int rounds = 0;
        int answered = 0;
        int dayRounds = 0;
        int dayFast = 0;
        int buyerMessages = 0;
        int agentMessages = 0;
        Map<String, Boolean> buyers = new LinkedHashMap<>();
        for (BuyerChat thread : threads) {
            List<ChatMessage> messages = sorted(thread.messages());
            for (ChatMessage m : messages) {
                if (in(m.sentAt(), from, to)) {
                    if (m.role() == Role.BUYER) {
                        buyerMessages++;
                    } else {
                        agentMessages++;
                    }
                }
            }
            List<Round> all = rounds(messages, to);
            if (!all.isEmpty() && in(all.get(0).start(), from, to)) {
                all.get(0).responseTime().ifPresent(firsts::add);
            }
            for (Round r : all) {
                if (!in(r.start(), from, to)) {
                    continue;
                }
                rounds++;
                Optional<Duration> wait = r.responseTime();
                if (wait.isPresent()) {
                    answered++;
                    waits.add(wait.get());
                }
                Duration waited = wait.orElse(Duration.between(r.start(), to));
                if (!r.start().atZone(zone).toLocalTime().isBefore(SERVICE_DAY_START)
                        && (wait.isPresent() || waited.compareTo(THREE_MINUTES) > 0)) {
                    dayRounds++;
                    if (wait.isPresent() && wait.get().compareTo(THREE_MINUTES) <= 0) {
                        dayFast++;
                    }
                }
                boolean failed = wait.map(w -> w.compareTo(REPLY_LIMIT) > 0)
                        .orElse(waited.compareTo(REPLY_LIMIT) > 0);
                buyers.merge(thread.buyer(), !failed, Boolean::logicalAnd);
            }
        }
        int replied = (int) buyers.values().stream().filter(b -> b).count();
        return new Report(mean(firsts), mean(waits), ratio(dayFast, dayRounds), ratio(replied, buyers.size()),
                ratio(agentMessages, buyerMessages), rounds, answered, buyers.size(), buyerMessages, agentMessages);
    }

    private static boolean in(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    private static List<ChatMessage> sorted(List<ChatMessage> messages) {
        List<ChatMessage> copy = new ArrayList<>(messages);
        copy.sort((a, b) -> a.sentAt().compareTo(b.sentAt()));
        return copy;
    }

    private static Optional<Duration> mean(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        long total = 0;
        for (Duration d : durations) {
            total += d.toMillis();
        }
        return Optional.of(Duration.ofMillis(Math.round(total / (double) durations.size())));
    }

    private static OptionalDouble ratio(int over, int under) {
        return under == 0 ? OptionalDouble.empty() : OptionalDouble.of(over / (double) under);
    }
}
