package com.afterdesk.cases;

import com.afterdesk.common.Messages;
import com.afterdesk.common.UserException;
import com.afterdesk.deadlines.CaseClock;
import com.afterdesk.deadlines.Countdown;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The dispute package (举证材料包): summary, history, clocks, checklist and the evidence files, as folder or zip. */
final class DisputePackage {

    private DisputePackage() {
    }

    static Path write(CaseDetail d, Path target, boolean zip, Messages m, Clock clock) {
        Map<String, byte[]> texts = new LinkedHashMap<>();
        texts.put("summary.txt", summary(d, m, clock).getBytes(StandardCharsets.UTF_8));
        texts.put("history.csv", history(d).getBytes(StandardCharsets.UTF_8));
        Map<String, Path> files = new LinkedHashMap<>();
        for (EvidenceFile f : d.files()) {
            String name = "evidence/" + f.path().getFileName();
            files.put(name, f.path());
        }
        try {
            if (zip) {
                if (Files.exists(target)) {
                    throw new UserException("cases.package.exists", target);
                }
                Path parent = target.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Path tmp = Files.createTempFile(parent, "package", ".part");
                try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(out)) {
                    for (var e : texts.entrySet()) {
                        z.putNextEntry(new ZipEntry(e.getKey()));
                        z.write(e.getValue());
                        z.closeEntry();
                    }
                    for (var e : files.entrySet()) {
                        z.putNextEntry(new ZipEntry(e.getKey()));
                        Files.copy(e.getValue(), z);
                        z.closeEntry();
                    }
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, target);
                return target;
            }
            if (Files.exists(target) && (!Files.isDirectory(target) || hasEntries(target))) {
                throw new UserException("cases.package.exists", target);
            }
            Files.createDirectories(target.resolve("evidence"));
            for (var e : texts.entrySet()) {
                Files.write(target.resolve(e.getKey()), e.getValue());
            }
            for (var e : files.entrySet()) {
                Files.copy(e.getValue(), target.resolve(e.getKey()));
            }
            return target;
        } catch (IOException e) {
            throw new UserException(e, "cases.package.failed", target, e.getMessage());
        }
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    private static String summary(CaseDetail d, Messages m, Clock clock) {
        CaseRecord r = d.record();
        ZoneId zone = Countdown.SHOP_ZONE;
        StringBuilder sb = new StringBuilder();
        sb.append(m.tr("cases.package.title", r.id(), r.orderNo())).append("\n\n");
        line(sb, m.tr("cases.field.platform"), m.tr(r.platform().labelKey()));
        line(sb, m.tr("cases.field.order"), r.orderNo());
        line(sb, m.tr("cases.field.buyer"), r.buyerNick());
        line(sb, m.tr("cases.field.product"), r.product() + (r.sku().isBlank() ? "" : " / " + r.sku()));
        line(sb, m.tr("cases.field.amount"), Money.format(r.amountFen()));
        line(sb, m.tr("cases.field.postage"), Money.format(r.postageFen()));
        line(sb, m.tr("cases.field.type"), m.tr(r.type().labelKey()));
        line(sb, m.tr("cases.field.category"), m.tr(r.category().labelKey()));
        line(sb, m.tr("cases.field.state"), m.tr(r.state().labelKey()));
        line(sb, m.tr("cases.field.opened"), Countdown.dueText(r.openedAt(), zone));
        if (r.outcome() != null) {
            line(sb, m.tr("cases.field.outcome"), m.tr(r.outcome().labelKey()));
        }
        line(sb, m.tr("cases.field.notes"), r.notes());
        sb.append('\n').append(m.tr("cases.package.clocks")).append('\n');
        for (CaseClock k : d.clocks()) {
            sb.append("- ").append(m.tr(k.kind().labelKey())).append(" · ").append(m.tr(k.actor().labelKey()))
                    .append(" · ").append(Countdown.dueText(k.startedAt(), zone)).append(" → ")
                    .append(Countdown.dueText(k.dueAt(), zone)).append(" · ").append(m.tr(k.source().labelKey()))
                    .append(k.done() ? " · " + m.tr("cases.package.done") : "").append('\n');
        }
        sb.append('\n').append(m.tr("cases.package.checklist")).append('\n');
        for (EvidenceItem i : d.evidence()) {
            sb.append(i.checked() ? "[x] " : "[ ] ").append(m.tr(i.labelKey())).append('\n');
        }
        sb.append('\n').append(m.tr("cases.package.files")).append('\n');
        for (EvidenceFile f : d.files()) {
            sb.append("- evidence/").append(f.path().getFileName()).append('\n');
        }
        sb.append('\n').append(m.tr("cases.package.generated", Countdown.dueText(clock.instant(), zone))).append('\n');
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(label).append(": ").append(value == null ? "" : value).append('\n');
    }

    private static String history(CaseDetail d) {
        StringBuilder sb = new StringBuilder("at,actor,event,from,to,details\n");
        for (HistoryEntry h : d.history()) {
            sb.append(Instant.from(h.at())).append(',').append(csv(h.actor())).append(',').append(csv(h.event()))
                    .append(',').append(h.fromState() == null ? "" : h.fromState()).append(',')
                    .append(h.toState() == null ? "" : h.toState()).append(',').append(csv(h.details())).append('\n');
        }
        return sb.toString();
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
