package com.afterdesk.cases;

import com.afterdesk.deadlines.Actor;
import com.afterdesk.deadlines.UrgencyPolicy;
import com.afterdesk.storage.Database;
import com.afterdesk.storage.SettingsStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which alert thresholds (default 24 h, 2 h, 30 min, and overdue) each running seller clock has crossed and been
 * alerted for, stored in the database so an alert is never shown twice for the same threshold, even across
 * restarts. When a clock crossed several thresholds at once (e.g. while the app was closed) only the most severe
 * is shown and all of them count as alerted.
 */
public final class AlertTracker {

    public static final String SETTING_THRESHOLDS = "deadlines.alerts.thresholds";
    public static final String SETTING_LAST_SEEN = "deadlines.alerts.lastSeen";
    public static final String OVERDUE = "OVERDUE";
    public static final List<Duration> DEFAULT_THRESHOLDS = List.of(Duration.ofHours(24), Duration.ofHours(2),
            Duration.ofMinutes(30));

    /**
     * One alert to show.
     *
     * @param threshold {@code OVERDUE} or the crossed threshold as ISO duration (PT2H)
     * @param crossedAt when the clock crossed it
     */
    public record Alert(DueClock clock, String threshold, Instant crossedAt) {
        public boolean overdue() {
            return OVERDUE.equals(threshold);
        }
    }

    /** What went overdue or became urgent while the app was closed. */
    public record Summary(Instant since, List<Alert> overdue, List<Alert> urgent) {
        public boolean isEmpty() {
            return overdue.isEmpty() && urgent.isEmpty();
        }

        public List<Alert> all() {
            List<Alert> out = new ArrayList<>(overdue);
            out.addAll(urgent);
            return out;
        }
    }

    private final Database db;
    private final Clock clock;
    private final SettingsStore settings;
    private final CaseService cases;

    public AlertTracker(Database db, Clock clock, SettingsStore settings, CaseService cases) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.cases = cases;
    }

    /** Configured thresholds, largest first (setting: comma-separated ISO durations). */
    public List<Duration> thresholds() {
        String text = settings.get(SETTING_THRESHOLDS, null);
        if (text == null || text.isBlank()) {
            return DEFAULT_THRESHOLDS;
        }
        try {
            List<Duration> out = new ArrayList<>();
            for (String s : text.split(",")) {
                Duration d = Duration.parse(s.trim());
                if (!d.isNegative() && !d.isZero()) {
                    out.add(d);
                }
            }
            out.sort(Comparator.reverseOrder());
            return out.isEmpty() ? DEFAULT_THRESHOLDS : out;
        } catch (RuntimeException e) {
            return DEFAULT_THRESHOLDS;
        }
    }

    public void setThresholds(List<Duration> values) {
        settings.put(SETTING_THRESHOLDS, values.stream().filter(d -> !d.isNegative() && !d.isZero()).distinct()
                .sorted(Comparator.reverseOrder()).map(Duration::toString).collect(Collectors.joining(",")));
    }

    /** Alerts to show now: one per seller clock whose most severe crossed threshold has not been alerted yet. */
    public List<Alert> pending() {
        Instant now = clock.instant();
        List<Duration> thresholds = thresholds();
        Duration widest = thresholds.isEmpty() ? Duration.ZERO : thresholds.get(0);
        UrgencyPolicy policy = cases.urgencyPolicy();
        List<DueClock> clocks = cases.repository().runningClocks(now, now.plus(widest), policy);
        Set<String> shown = alerted(clocks.stream().map(DueClock::clockId).toList());
        List<Alert> out = new ArrayList<>();
        for (DueClock k : clocks) {
            if (k.actor() != Actor.SELLER || k.paused()) {
                continue;
            }
            crossed(k, thresholds).stream().findFirst().ifPresent(a -> {
                if (!shown.contains(k.clockId() + "/" + a.threshold())) {
                    out.add(a);
                }
            });
        }
        return out;
    }

    /** Every threshold a clock has crossed, most severe first. */
    private static List<Alert> crossed(DueClock k, List<Duration> thresholds) {
        List<Alert> out = new ArrayList<>();
        if (k.remaining().isNegative() || k.remaining().isZero()) {
            out.add(new Alert(k, OVERDUE, k.dueAt()));
        }
        for (int i = thresholds.size() - 1; i >= 0; i--) {
            Duration t = thresholds.get(i);
            if (k.remaining().compareTo(t) <= 0 && k.length().compareTo(t) > 0) {
                out.add(new Alert(k, t.toString(), k.dueAt().minus(t)));
            }
        }
        return out;
    }

    /** Records alerts as shown: their threshold and every less severe one the clock has crossed. */
    public void markShown(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Duration> thresholds = thresholds();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO clock_alert(clock_id, threshold, alerted_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Alert a : alerts) {
                    for (Alert x : crossed(a.clock(), thresholds)) {
                        ps.setLong(1, a.clock().clockId());
                        ps.setString(2, x.threshold());
                        ps.setLong(3, now.toEpochMilli());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    /**
     * On start: the pending alerts that happened since the app was last seen running, split into overdue and
     * urgent. Not yet marked as shown; call {@link #markShown} with {@link Summary#all()} once displayed.
     */
    public Summary closedSummary() {
        Optional<Instant> since = lastSeen();
        List<Alert> overdue = new ArrayList<>();
        List<Alert> urgent = new ArrayList<>();
        for (Alert a : pending()) {
            if (since.isPresent() && !a.crossedAt().isAfter(since.get())) {
                continue;
            }
            (a.overdue() ? overdue : urgent).add(a);
        }
        return new Summary(since.orElse(null), overdue, urgent);
    }

    /** Remembers that the app is running now (call periodically and on exit). */
    public void touch() {
        settings.put(SETTING_LAST_SEEN, Long.toString(clock.millis()));
    }

    public Optional<Instant> lastSeen() {
        try {
            return settings.get(SETTING_LAST_SEEN).map(v -> Instant.ofEpochMilli(Long.parseLong(v)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Set<String> alerted(List<Long> clockIds) {
        if (clockIds.isEmpty()) {
            return Set.of();
        }
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT clock_id, threshold FROM clock_alert WHERE clock_id "
                    + "IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, clockIds.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1) + "/" + rs.getString(2));
                    }
                }
            }
            return out;
        });
    }
}
