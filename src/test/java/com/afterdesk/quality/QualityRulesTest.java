package com.afterdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.afterdesk.common.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityRulesTest {

    @TempDir
    Path home;

    ReplyChecker checker(QualityRules rules) {
        Messages zh = Messages.forLocale(Locale.CHINA);
        return new ReplyChecker(rules, null, ReplyCheckerTest.CLOCK, () -> zh);
    }

    int writes;

    void writeShopFile(String json) throws Exception {
        Path f = home.resolve(QualityRules.SHOP_FILE);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        // each edit gets its own time stamp, as a person editing the file would
        Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2026-11-24T08:00:00Z").plusSeconds(10L * ++writes)));
    }

    @Test
    void theShippedDefaultsLoadAndEveryRuleIsOn() {
        RuleSet d = QualityRules.defaults();
        for (RuleId id : RuleId.values()) {
            assertThat(d.enabled(id)).as(id.name()).isTrue();
        }
        assertThat(d.severity(RuleId.OFF_PLATFORM)).isEqualTo(Severity.BLOCK);
        assertThat(d.severity(RuleId.OFF_TOPIC)).isEqualTo(Severity.WARN);
        assertThat(d.topics()).isNotEmpty();
    }

    @Test
    void withoutAShopFileTheDefaultsApply() {
        QualityRules rules = QualityRules.forFolder(home);
        assertThat(rules.shopFileProblem()).isEmpty();
        assertThat(checker(rules).check("加我微信", ReplyContext.none(), null).ok()).isFalse();
    }

    @Test
    void theShopCanBanItsOwnWords() throws Exception {
        QualityRules rules = QualityRules.forFolder(home);
        String reply = "这款和某某家的一样，包您满意";
        assertThat(checker(rules).check(reply, ReplyContext.none(), null).findings()).isEmpty();
        writeShopFile("""
                {
                  "format": "afterdesk-quality-rules",
                  "bannedWords": [
                    "某某家",
                    {"text": "包您满意", "severity": "BLOCK", "note": "店长说不要做这种保证", "rewrite": "尽力让您满意"}
                  ]
                }
                """);
        CheckResult r = checker(rules).check(reply, ReplyContext.none(), null);
        assertThat(r.of(RuleId.SHOP_BANNED_WORD)).hasSize(2);
        Finding own = r.of(RuleId.SHOP_BANNED_WORD).get(1);
        assertThat(own.severity()).isEqualTo(Severity.BLOCK);
        assertThat(own.message()).isEqualTo("店长说不要做这种保证");
        assertThat(r.of(RuleId.SHOP_BANNED_WORD).get(0).message()).contains("某某家").contains("店铺");
        assertThat(r.ok()).isFalse();
        assertThat(ReplyChecker.applySuggestion(reply, own)).isEqualTo("这款和某某家的一样，尽力让您满意");
    }

    @Test
    void theShopCanSwitchRulesOffChangeSeveritiesAndAddWordsAndExceptions() throws Exception {
        writeShopFile("""
                {
                  "format": "afterdesk-quality-rules",
                  "rules": [
                    {"id": "ABSOLUTE_CLAIM", "enabled": false},
                    {"id": "BRUSH_OFF", "severity": "BLOCK", "phrases": [{"text": "自己想办法", "rewrite": "我来想办法"}]},
                    {"id": "OFF_PLATFORM", "allow": ["shop-help.cn"]}
                  ]
                }
                """);
        ReplyChecker c = checker(QualityRules.forFolder(home));
        assertThat(c.check("全网最低，最好的品质", ReplyContext.none(), null).findings()).isEmpty();
        CheckResult r = c.check("您自己想办法吧", ReplyContext.none(), null);
        assertThat(r.of(RuleId.BRUSH_OFF)).hasSize(1);
        assertThat(r.ok()).isFalse();
        assertThat(c.check("说明书在 shop-help.cn 上", ReplyContext.none(), null).findings()).isEmpty();
        assertThat(c.check("加我微信", ReplyContext.none(), null).ok()).as("other defaults still apply").isFalse();
    }

    @Test
    void anInvalidShopFileIsRejectedWithItsLineAndTheDefaultsStay() throws Exception {
        writeShopFile("""
                {
                  "format": "afterdesk-quality-rules",
                  "rules": [
                    {"id": "ABSOLUTE_CLAIM", "enabled": false},
                    {"id": "NO_SUCH_RULE"},
                    {"id": "BLAME", "phrases": [{"regex": "(unclosed"}]}
                  ],
                  "bannedWords": ["某某家"]
                }
                """);
        QualityRules rules = QualityRules.forFolder(home);
        RuleFileException problem = rules.shopFileProblem().orElseThrow();
        assertThat(problem.problems()).extracting(RuleFileException.Problem::line).containsExactly(5, 6);
        assertThat(problem.problems().get(0).message()).contains("NO_SUCH_RULE");
        assertThat(problem.problems().get(1).message()).contains("bad regex");
        String text = Messages.forLocale(Locale.CHINA).describe(problem);
        assertThat(text).contains("quality-rules.json").contains("默认规则").contains("5: ").contains("6: ");
        ReplyChecker c = checker(rules);
        assertThat(c.check("全网最低", ReplyContext.none(), null).of(RuleId.ABSOLUTE_CLAIM))
                .as("nothing of the bad file applies: the rule is still on").hasSize(1);
        assertThat(c.check("某某家", ReplyContext.none(), null).findings()).isEmpty();
    }

    @Test
    void brokenJsonIsRejectedWithItsLine() throws Exception {
        writeShopFile("{\n  \"format\": \"afterdesk-quality-rules\",\n  \"bannedWords\": [\"a\" \"b\"]\n}\n");
        RuleFileException p = QualityRules.forFolder(home).shopFileProblem().orElseThrow();
        assertThat(p.problems().get(0).line()).isEqualTo(3);
        assertThat(p.problems().get(0).message()).contains("not valid JSON");
    }

    @Test
    void wrongFormatUnknownFieldsAndBadValuesAreNamed() {
        String json = """
                {
                  "format": "something-else",
                  "colour": "red",
                  "rules": [
                    {"id": "BLAME", "severity": "LOUD", "enabled": "yes"},
                    {"id": "OFF_TOPIC", "phrases": ["物流"]}
                  ],
                  "bannedWords": [{"text": "x", "regex": "y"}, 42]
                }
                """;
        assertThatThrownBy(() -> QualityRules.validate(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "mine.json"))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems())
                        .extracting(RuleFileException.Problem::toString)
                        .anySatisfy(s -> assertThat(s).startsWith("2: ").contains("format"))
                        .anySatisfy(s -> assertThat(s).startsWith("3: ").contains("colour"))
                        .anySatisfy(s -> assertThat(s).startsWith("5: ").contains("LOUD"))
                        .anySatisfy(s -> assertThat(s).startsWith("5: ").contains("enabled"))
                        .anySatisfy(s -> assertThat(s).startsWith("6: ").contains("OFF_TOPIC").contains("bannedWords"))
                        .anySatisfy(s -> assertThat(s).startsWith("8: ").contains("either"))
                        .anySatisfy(s -> assertThat(s).startsWith("8: ").contains("banned word")));
    }

    @Test
    void fixingTheFileTakesEffectWithoutARestart() throws Exception {
        writeShopFile("{ \"format\": \"afterdesk-quality-rules\", \"bannedWords\": [ ] ");
        QualityRules rules = QualityRules.forFolder(home);
        assertThat(rules.shopFileProblem()).isPresent();
        writeShopFile("{ \"format\": \"afterdesk-quality-rules\", \"bannedWords\": [\"某某家\"] }");
        assertThat(rules.shopFileProblem()).isEmpty();
        assertThat(checker(rules).check("某某家", ReplyContext.none(), null).of(RuleId.SHOP_BANNED_WORD)).hasSize(1);
    }
}
