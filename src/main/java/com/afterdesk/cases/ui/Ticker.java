package com.afterdesk.cases.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The one shared ticker: a single 1-second Timeline that publishes {@link #nowProperty()}. Every countdown cell
 * binds to it (never one timer per row); slower work (alert checks) hooks in with {@link #every}.
 */
public final class Ticker {

    private record Periodic(int seconds, Runnable action) {
    }

    private final Clock clock;
    private final ReadOnlyObjectWrapper<Instant> now;
    private final List<Periodic> periodic = new ArrayList<>();
    private final Timeline timeline;
    private long ticks;

    public Ticker(Clock clock) {
        this.clock = clock;
        this.now = new ReadOnlyObjectWrapper<>(clock.instant());
        this.timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        this.timeline.setCycleCount(Timeline.INDEFINITE);
    }

    /** The current time, updated once a second while running. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public Instant now() {
        return now.get();
    }

    /** Runs {@code action} every {@code seconds} ticks (on the FX thread; hand real work to a TaskRunner). */
    public void every(int seconds, Runnable action) {
        periodic.add(new Periodic(Math.max(1, seconds), action));
    }

    /** One tick: reads the clock, publishes it, runs the periodic actions that are due. */
    public void tick() {
        now.set(clock.instant());
        ticks++;
        for (Periodic p : List.copyOf(periodic)) {
            if (ticks % p.seconds() == 0) {
                p.action().run();
            }
        }
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }
}
