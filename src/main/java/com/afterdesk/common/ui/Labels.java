package com.afterdesk.common.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How choice boxes show their values: through a label function (usually a translated enum label). */
public final class Labels {

    private Labels() {
    }

    /** A one-way converter: values are shown with {@code label}, null as empty; typed text is never parsed. */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
