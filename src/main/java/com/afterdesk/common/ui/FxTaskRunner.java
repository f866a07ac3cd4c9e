package com.afterdesk.common.ui;

import com.afterdesk.common.TaskRunner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The desktop app's task runner: work runs on a small pool of daemon threads, results and progress arrive on
 * the FX thread. {@link #runningProperty()} and {@link #messageProperty()} feed the status bar.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "afterdesk-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(2, factory);
    }

    @Override
    public <T> void run(String name, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        if (pool.isShutdown()) {
            return; // the window is closing: late follow-up work has nowhere to go
        }
        onFx(() -> {
            running.set(running.get() + 1);
            message.set(name);
        });
        pool.execute(() -> {
            Progress progress = (done, total, text) -> onFx(() -> message.set(
                    total > 0 ? name + " " + done + "/" + total : name + (text == null ? "" : " " + text)));
            try {
                T result = work.call(progress);
                onFx(() -> {
                    finished();
                    if (!pool.isShutdown()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                onFx(() -> {
                    finished();
                    if (!pool.isShutdown()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
    }

    private void finished() {
        running.set(Math.max(0, running.get() - 1));
        if (running.get() == 0) {
            message.set("");
        }
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** How many tasks are running now. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What is running now (empty when idle). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
