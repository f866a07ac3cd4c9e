package com.afterdesk.domain;

import java.util.Locale;

/** Sales platforms. The lowercase id is the contract stored in the database, rule files and the CLI. */
public enum Platform {
    TAOBAO, TMALL, JD, PDD, DOUYIN, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an id such as {@code taobao}; throws {@link IllegalArgumentException} for an unknown one. */
    public static Platform fromId(String id) {
        if (id != null) {
            for (Platform p : values()) {
                if (p.id().equalsIgnoreCase(id.trim())) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("unknown platform: " + id);
    }

    /** Resource-bundle key of the display name. */
    public String labelKey() {
        return "platform." + id();
    }
}
