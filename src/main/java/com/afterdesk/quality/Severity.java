package com.afterdesk.quality;

/** How serious a finding is: BLOCK stops sending, WARN and INFO are shown and may be ignored. */
public enum Severity {
    BLOCK, WARN, INFO;

    /** Resource-bundle key of the display name. */
    public String labelKey() {
        return "quality.severity." + name();
    }
}
