package com.afterdesk.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Stage;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the REAL default library shipped in the jar (assets/scripts/default-library.json). */
class DefaultLibraryTest {

    /** Phrasing a kind agent on a Chinese marketplace never uses: off-platform contact, bought reviews, blame. */
    static final List<String> BANNED = List.of("加微信", "加我微信", "vx", "QQ号", "好评返现", "返现好评", "全网最低",
            "这是你自己的问题", "你自己的问题", "不关我们的事", "爱买不买");

    static List<Script> scripts;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = DefaultLibraryTest.class.getResourceAsStream(ScriptLibrary.DEFAULT_LIBRARY)) {
            assertThat(in).as("default library on the class path at %s", ScriptLibrary.DEFAULT_LIBRARY).isNotNull();
            scripts = ScriptJson.read(in);
        }
    }

    @Test
    void itIsLargeEnoughAndEveryCategoryHasTheCoreStages() {
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(400);
        for (Category c : Category.values()) {
            Set<Stage> stages = EnumSet.noneOf(Stage.class);
            scripts.stream().filter(s -> s.category() == c).forEach(s -> stages.add(s.stage()));
            assertThat(stages).as("stages of %s", c).contains(Stage.SOOTHE, Stage.ASK, Stage.RESOLVE);
        }
        assertThat(scripts).filteredOn(Script::isGeneral).isNotEmpty();
    }

    @Test
    void upsetBuyersHaveSoothingScripts() {
        assertThat(scripts).filteredOn(s -> s.stage() == Stage.SOOTHE && (s.emotions().isEmpty()
                || s.emotions().contains(Emotion.ANGRY))).hasSizeGreaterThanOrEqualTo(Category.values().length);
    }

    @Test
    void onlyKnownPlaceholdersAreUsed() {
        List<String> unknown = new ArrayList<>();
        for (Script s : scripts) {
            for (Placeholders.Span p : Placeholders.find(s.text())) {
                if (!Placeholders.KNOWN.contains(p.name())) {
                    unknown.add(s.id() + ": {" + p.name() + "}");
                }
            }
            assertThat(s.text()).as("stray brace in %s", s.id())
                    .doesNotContainPattern("\\{[^}]*$").doesNotContainPattern("^[^{]*\\}");
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void noBannedPhrasing() {
        List<String> found = new ArrayList<>();
        for (Script s : scripts) {
            String text = (s.title() + " " + s.text()).toLowerCase(java.util.Locale.ROOT);
            for (String banned : BANNED) {
                if (text.contains(banned.toLowerCase(java.util.Locale.ROOT))) {
                    found.add(s.id() + ": " + banned);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyScriptSurvivesTheLibrarysOwnRulesUnchanged(@TempDir Path home) {
        for (Script s : scripts) {
            assertThat(ScriptLibrary.validate(ScriptLibrary.normalize(s))).as(s.id()).isEqualTo(s);
        }
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(DataFolder.open(home), clock)) {
            ScriptLibrary library = new ScriptLibrary(db, clock);
            assertThat(library.all()).containsExactlyElementsOf(scripts);
            assertThat(library.byCode("/ps")).isPresent();
        }
    }
}
