package com.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import com.afterdesk.domain.Remedy;
import com.afterdesk.domain.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class MessagesTest {

    static final java.util.List<String> BUNDLES = Messages.BUNDLES;

    @ParameterizedTest
    @FieldSource("BUNDLES")
    void everyKeyExistsInChineseAndEnglish(String bundle) throws IOException {
        Set<String> zh = keys("i18n/" + bundle + ".properties");
        Set<String> en = keys("i18n/" + bundle + "_en.properties");
        assertThat(new TreeSet<>(en)).as("keys of %s_en missing or extra compared to zh-CN", bundle)
                .isEqualTo(new TreeSet<>(zh));
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : BUNDLES) {
            for (String key : keys("i18n/" + bundle + ".properties")) {
                assertThat(seen.add(key)).as("key %s defined twice (again in %s)", key, bundle).isTrue();
            }
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Messages zh = Messages.forLocale(Locale.CHINA);
        Pattern use = Pattern.compile("(?:\\btr|\\bUserException|\\bfail|\\bhas)\\(\\s*(?:[a-zA-Z]+,\\s*)?\"([a-zA-Z][a-zA-Z0-9_.-]*\\.[a-zA-Z0-9_.-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    if (!zh.has(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from the bundles").isEmpty();
    }

    @Test
    void sharedVocabularyHasDisplayNamesInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.CHINA, Locale.ENGLISH}) {
            Messages m = Messages.forLocale(locale);
            for (Category c : Category.values()) {
                assertThat(m.has(c.labelKey())).as(c.labelKey()).isTrue();
            }
            for (Platform p : Platform.values()) {
                assertThat(m.has(p.labelKey())).as(p.labelKey()).isTrue();
            }
            for (Emotion e : Emotion.values()) {
                assertThat(m.has(e.labelKey())).isTrue();
            }
            for (Stage s : Stage.values()) {
                assertThat(m.has(s.labelKey())).isTrue();
            }
            for (Remedy r : Remedy.values()) {
                assertThat(m.has(r.labelKey())).isTrue();
            }
        }
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsUsedOtherwise() {
        assertThat(Messages.forLocale(Locale.CHINA).tr("app.nav.cases")).isEqualTo("售后单");
        assertThat(Messages.forLocale(Locale.TAIWAN).tr("app.nav.cases")).isEqualTo("售后单");
        assertThat(Messages.forLocale(Locale.GERMANY).tr("app.nav.cases")).isEqualTo("Cases");
        assertThat(Messages.resolveLanguage("system", Locale.US)).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.resolveLanguage("zh-CN", Locale.US)).isEqualTo(Messages.CHINESE);
        assertThat(Messages.resolveLanguage("en", Locale.CHINA)).isEqualTo(Messages.ENGLISH);
    }

    @Test
    void argumentsAreFormattedIntoTheText() {
        Messages m = Messages.forLocale(Locale.ENGLISH);
        assertThat(m.tr("app.status.counts", 3, 2, 1)).isEqualTo("Cases 3 · Customers 2 · Chats 1");
        assertThat(m.describe(new UserException("storage.db.corrupt", "/x/afterdesk.db")))
                .contains("/x/afterdesk.db").contains("damaged");
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("bundle file %s", resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
