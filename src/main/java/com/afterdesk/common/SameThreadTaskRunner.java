package com.afterdesk.common;

import java.util.function.Consumer;

/** Runs work immediately on the calling thread: for tests of view models and for the CLI. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(String name, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call(Progress.NONE);
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
