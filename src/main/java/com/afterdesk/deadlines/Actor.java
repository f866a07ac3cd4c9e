package com.afterdesk.deadlines;

/** Who must act before a clock runs out. Only SELLER clocks can hurt the shop. */
public enum Actor {
    SELLER, PLATFORM, BUYER;

    public String labelKey() {
        return "deadlines.actor." + name();
    }
}
