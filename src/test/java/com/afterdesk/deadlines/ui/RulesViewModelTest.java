package com.afterdesk.deadlines.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.afterdesk.backend.Backend;
import com.afterdesk.common.Messages;
import com.afterdesk.common.SameThreadTaskRunner;
import com.afterdesk.deadlines.UrgencyPolicy;
import com.afterdesk.domain.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deadline settings without a window. */
class RulesViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;
    Backend backend;
    RulesViewModel model;

    @BeforeEach
    void open() {
        backend = Backend.open(home, CLOCK);
        model = new RulesViewModel(backend.rules(), backend.settings(), backend.alerts()::thresholds,
                backend.alerts()::setThresholds, new SameThreadTaskRunner(), Messages.forLocale(Locale.CHINA));
        model.refresh();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private RulesViewModel.Row row(String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void showsThePresetWithSourcesConfidenceAndWhoMustAct() {
        assertThat(model.rows()).isNotEmpty();
        RulesViewModel.Row r = row("taobao.unshipped.refund");
        assertThat(r.duration()).isEqualTo("24小时");
        assertThat(r.who()).isEqualTo("卖家");
        assertThat(r.state()).isEqualTo("已申请");
        assertThat(r.onTimeout()).isEqualTo("到时自动退款");
        assertThat(r.source()).contains("淘宝");
        assertThat(r.effective()).isEqualTo("2021-08-24");
        assertThat(r.overridden()).isFalse();
        assertThat(row("taobao.unshipped.instant").duration()).isEqualTo("立即");
        assertThat(row("taobao.unshipped.instant").editable()).isFalse();
        model.platformProperty().set(Platform.PDD);
        assertThat(model.rows()).allMatch(x -> x.id().startsWith("pdd."));
        model.platformProperty().set(Platform.OTHER);
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void aDurationEditIsValidatedStoredAndCanBeReset() {
        model.setDuration("taobao.unshipped.refund", "-3h");
        assertThat(model.errorProperty().get()).contains("-3h");
        assertThat(row("taobao.unshipped.refund").overridden()).isFalse();

        model.setDuration("taobao.unshipped.refund", "36小时");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(row("taobao.unshipped.refund").duration()).isEqualTo("36小时");
        assertThat(row("taobao.unshipped.refund").overridden()).isTrue();
        assertThat(backend.rules().rules(Platform.TAOBAO).byId("taobao.unshipped.refund").orElseThrow().duration())
                .isEqualTo(Duration.ofHours(36));

        model.resetRule("taobao.unshipped.refund");
        assertThat(row("taobao.unshipped.refund").duration()).isEqualTo("24小时");
        model.setDuration("taobao.return.shipback", "10d");
        model.resetPlatform();
        assertThat(model.rows()).noneMatch(RulesViewModel.Row::overridden);
    }

    @Test
    void aBrokenRuleFileListsEveryProblemWithItsLineAndTheRulesStay(@TempDir Path dir) throws Exception {
        model.setDuration("taobao.unshipped.refund", "30h");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {
                  "format": "afterdesk-rules",
                  "version": 1,
                  "platform": "taobao",
                  "rules": [
                    {"id": "x1", "title": "t", "types": ["REFUND_ONLY"], "state": "REQUESTED",
                     "kind": "SELLER_RESPOND", "actor": "SELLER", "duration": "soon", "onTimeout": "AUTO_REFUND",
                     "source": "s", "confidence": "HIGH"},
                    {"id": "x2", "title": "t", "types": ["REFUND_ONLY"], "state": "NOWHERE",
                     "kind": "SELLER_RESPOND", "actor": "SELLER", "duration": "PT1H", "onTimeout": "AUTO_REFUND",
                     "source": "s", "confidence": "HIGH"}
                  ]
                }
                """);
        model.importFile(bad);
        assertThat(model.errorProperty().get()).contains("bad.json").contains("没有导入");
        assertThat(model.problems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(model.problems()).anyMatch(p -> p.startsWith("第 7 行") && p.contains("soon"))
                .anyMatch(p -> p.startsWith("第 9 行") && p.contains("NOWHERE"));
        assertThat(row("taobao.unshipped.refund").duration()).isEqualTo("30小时");

        Path good = dir.resolve("good.json");
        model.exportFile(good);
        assertThat(model.statusProperty().get()).contains("good.json");
        model.resetPlatform();
        model.importFile(good);
        assertThat(model.problems()).isEmpty();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(row("taobao.unshipped.refund").duration()).isEqualTo("30小时");
    }

    @Test
    void alertAndUrgencyThresholdsAreEditedAndChecked() {
        assertThat(model.thresholdsProperty().get()).isEqualTo("24h, 2h, 30m");
        model.thresholdsProperty().set("12h，1h, 15m");
        model.saveThresholds();
        assertThat(backend.alerts().thresholds()).containsExactly(Duration.ofHours(12), Duration.ofHours(1),
                Duration.ofMinutes(15));
        model.thresholdsProperty().set("12h, later");
        model.saveThresholds();
        assertThat(model.errorProperty().get()).contains("later");
        assertThat(backend.alerts().thresholds()).hasSize(3);

        assertThat(model.criticalProperty().get()).isEqualTo("2h");
        assertThat(model.warningShareProperty().get()).isEqualTo("50");
        model.criticalProperty().set("3h");
        model.criticalShareProperty().set("15");
        model.saveUrgency();
        assertThat(backend.cases().urgencyPolicy()).isEqualTo(new UrgencyPolicy(Duration.ofHours(3), 0.15,
                Duration.ofHours(24), 0.5));
        model.criticalProperty().set("30h");
        model.saveUrgency();
        assertThat(model.errorProperty().get()).isEqualTo("「紧急」的界限必须小于「注意」的界限。");
        assertThat(backend.cases().urgencyPolicy().critical()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void durationsAreTypedTheWayAgentsWriteThem() {
        assertThat(DurationText.parse("48h")).isEqualTo(Duration.ofHours(48));
        assertThat(DurationText.parse("2天")).isEqualTo(Duration.ofDays(2));
        assertThat(DurationText.parse("1d12h")).isEqualTo(Duration.ofHours(36));
        assertThat(DurationText.parse("30分钟")).isEqualTo(Duration.ofMinutes(30));
        assertThat(DurationText.parse("PT72H")).isEqualTo(Duration.ofHours(72));
        for (String bad : List.of("", "0h", "abc", "2x", "h", "-1d", "2d soon")) {
            assertThat(DurationText.parse(bad)).as(bad).isNull();
        }
        Messages zh = Messages.forLocale(Locale.CHINA);
        assertThat(DurationText.format(Duration.ofDays(7), zh)).isEqualTo("7天");
        assertThat(DurationText.format(Duration.ofHours(100), zh)).isEqualTo("4天4小时");
        assertThat(DurationText.input(Duration.ofDays(7))).isEqualTo("7d");
    }
}
