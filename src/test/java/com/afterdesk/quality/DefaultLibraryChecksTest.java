package com.afterdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.common.Messages;
import com.afterdesk.scripts.Script;
import com.afterdesk.scripts.ScriptJson;
import com.afterdesk.scripts.ScriptLibrary;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The scripts AfterDesk ships pass the reply checks it runs before every send: an agent who picks a default script
 * for the case's own category never gets a warning about the wording (brush-off, absolute claims, off-topic...),
 * only the reminder to fill the placeholders the case does not know yet.
 */
class DefaultLibraryChecksTest {

    @Test
    void everyDefaultScriptPassesTheReplyChecksForItsOwnCategory() throws Exception {
        List<Script> scripts;
        try (InputStream in = ScriptLibrary.class.getResourceAsStream(ScriptLibrary.DEFAULT_LIBRARY)) {
            scripts = ScriptJson.read(in);
        }
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
        Messages zh = Messages.forLocale(Locale.CHINA);
        ReplyChecker checker = new ReplyChecker(QualityRules.defaultsOnly(), null, clock, () -> zh);
        List<String> warned = new ArrayList<>();
        for (Script s : scripts) {
            ReplyContext context = s.category() == null ? ReplyContext.none()
                    : ReplyContext.none().withCategory(s.category());
            for (Finding f : checker.check(s.text(), context, null).findings()) {
                if (f.rule() != RuleId.UNFILLED_PLACEHOLDER) {
                    warned.add(s.id() + " " + f.rule() + ": " + f.message());
                }
            }
        }
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(400);
        assertThat(warned).isEmpty();
    }
}
