package com.afterdesk.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build. */
public final class AppInfo {

    public static final String NAME = "AfterDesk";

    private AppInfo() {
    }

    /** The version from the build (pom), e.g. {@code 0.1.0}. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/afterdesk-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("version", "unknown");
        return v.startsWith("${") ? "dev" : v;
    }
}
