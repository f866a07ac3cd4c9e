package com.afterdesk.cases;

import java.nio.file.Path;
import java.time.Instant;

/** A file copied into the data folder (attachments/case-ID/) as evidence; {@code item} may be null. */
public record EvidenceFile(long id, long caseId, String item, String fileName, Path path, long size, Instant addedAt) {
}
