package com.afterdesk.cases;

import com.afterdesk.common.UserException;
import com.afterdesk.storage.DataFolder;
import com.afterdesk.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;

/** Evidence files: copied into attachments/case-ID/ so the case keeps them even if the original moves. */
final class Evidence {

    private Evidence() {
    }

    static void checkKey(String item) {
        if (item == null || !EvidenceChecklist.allKeys().contains(item)) {
            throw new UserException("cases.evidence.unknownItem", String.valueOf(item));
        }
    }

    static EvidenceFile attach(CaseService service, Database db, DataFolder folder, Clock clock, long caseId,
                               String item, Path file, String actor) {
        if (item != null) {
            checkKey(item);
        }
        CaseRecord r = service.record(caseId);
        if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserException("cases.evidence.noFile", String.valueOf(file));
        }
        Path dir = folder.attachments().resolve("case-" + caseId);
        String name = file.getFileName().toString();
        Path target;
        try {
            Files.createDirectories(dir);
            target = unique(dir, name);
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new UserException(e, "cases.evidence.copyFailed", file, e.getMessage());
        }
        Instant now = clock.instant();
        try {
            long size = Files.size(target);
            String stored = folder.attachments().relativize(target).toString().replace('\\', '/');
            long id = db.transaction(c -> {
                long fid = CaseRepository.insertEvidenceFile(c, caseId, item, name, stored, size, now);
                if (item != null) {
                    CaseRepository.setEvidenceChecked(c, caseId, item, true, now);
                }
                CaseRepository.appendHistory(c, caseId, now, actor, "EVIDENCE_FILE",
                        (item == null ? "" : item + " ") + target.getFileName(), r.state(), null);
                return fid;
            });
            return new EvidenceFile(id, caseId, item, name, target, size, now);
        } catch (IOException | RuntimeException e) {
            // the copy is only kept when the database knows about it
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // nothing more to undo
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new UserException(e, "cases.evidence.copyFailed", file, e.getMessage());
        }
    }

    private static Path unique(Path dir, String name) {
        Path p = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; Files.exists(p); i++) {
            p = dir.resolve(base + " (" + i + ")" + ext);
        }
        return p;
    }
}
