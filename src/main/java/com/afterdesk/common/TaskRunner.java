package com.afterdesk.common;

import java.util.function.Consumer;

/**
 * The one way to do work off the UI thread. The desktop app uses a runner that works on a background pool
 * and delivers results on the FX thread; tests and the CLI use {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {

    /** Work that can report progress (imports, backups). */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Progress of long work, shown in the status bar. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total, message) -> { };

        void update(long done, long total, String message);
    }

    /**
     * Runs {@code work} in the background; exactly one of the callbacks is then called on the UI thread.
     *
     * @param name a short user-facing description (already translated), shown while the work runs
     */
    <T> void run(String name, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
