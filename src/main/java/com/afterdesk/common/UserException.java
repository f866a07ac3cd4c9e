package com.afterdesk.common;

import java.util.Arrays;

/**
 * A problem the user can act on: bad input, an unusable data folder, a locked database. It carries a message
 * key and arguments rather than text, so the desktop app and the CLI can both say it in the user's language.
 * Whatever raised it has changed nothing.
 */
public class UserException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public UserException(String key, Object... args) {
        this(null, key, args);
    }

    public UserException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The message in the given language; subclasses with structured details (file problems) add them. */
    public String describeIn(Messages messages) {
        return messages.tr(key, args);
    }
}
