package com.afterdesk.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every user-facing string goes through here. One resource bundle per feature under {@code i18n/}: the
 * base file is Chinese (zh-CN, the users' language), {@code _en} is English. Lookups never fall back to the
 * JVM's default locale, so an English machine still gets exactly the language the user chose.
 */
public final class Messages {

    /** The bundles, one per feature. A test checks every key exists in both languages. */
    public static final List<String> BUNDLES = List.of(
            "common", "app", "storage", "cli", "deadlines", "cases", "customers", "scripts", "quality", "chat",
            "metrics");

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale) {
        this.locale = locale;
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String name : BUNDLES) {
            loaded.add(ResourceBundle.getBundle("i18n/" + name, bundleLocale(locale), NO_FALLBACK));
        }
        this.bundles = Collections.unmodifiableList(loaded);
    }

    /** Messages in Chinese or English: any zh locale gets Chinese, everything else English. */
    public static Messages forLocale(Locale locale) {
        return new Messages(isChinese(locale) ? CHINESE : ENGLISH);
    }

    /**
     * Resolves a language setting ({@code zh-CN}, {@code en}, or blank for "follow the system") to a locale.
     */
    public static Locale resolveLanguage(String setting, Locale system) {
        if (setting == null || setting.isBlank() || setting.equals("system")) {
            return isChinese(system) ? CHINESE : ENGLISH;
        }
        return isChinese(Locale.forLanguageTag(setting)) ? CHINESE : ENGLISH;
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    private static Locale bundleLocale(Locale locale) {
        // the base bundle is Chinese; English lives in *_en.properties
        return isChinese(locale) ? Locale.ROOT : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return isChinese(locale);
    }

    /** The text for a key, formatted with {@link MessageFormat} when arguments are given. */
    public String tr(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        throw new MissingResourceException("missing text for key " + key, "Messages", key);
    }

    /** True when a key exists (for optional texts such as enum labels). */
    public boolean has(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a {@link UserException}, in this language. */
    public String describe(UserException e) {
        return e.describeIn(this);
    }

    /** All keys of all bundles (for tests and tooling). */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (ResourceBundle bundle : bundles) {
            keys.addAll(bundle.keySet());
        }
        return keys;
    }
}
