package com.afterdesk.scripts;

/**
 * The outcome of a valid import (an invalid file raises {@link ScriptFileException} and changes nothing).
 *
 * @param added     new scripts
 * @param replaced  existing scripts (same id) replaced by the file's version
 * @param unchanged scripts identical to the library's, skipped
 * @param dryRun    true when nothing was written (checked only)
 */
public record ImportReport(int added, int replaced, int unchanged, boolean dryRun) {

    /** Scripts added or replaced. */
    public int imported() {
        return added + replaced;
    }

    public int skipped() {
        return unchanged;
    }
}
