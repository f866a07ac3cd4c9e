package com.afterdesk.scripts.suggest;

import com.afterdesk.scripts.Script;
import com.afterdesk.scripts.ScriptCatalog;
import com.afterdesk.scripts.ScriptJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The default script library shipped in the jar ({@code /assets/scripts/default-library.json}), read-only.
 * Stands in for the editable library until the composition root wires that one in; an absent file is an empty
 * library.
 */
public final class DefaultLibraryCatalog implements ScriptCatalog {

    public static final String RESOURCE = "/assets/scripts/default-library.json";

    private volatile List<Script> scripts;

    @Override
    public List<Script> all() {
        List<Script> s = scripts;
        if (s == null) {
            synchronized (this) {
                if (scripts == null) {
                    scripts = load();
                }
                s = scripts;
            }
        }
        return s;
    }

    @Override
    public long revision() {
        return 1;
    }

    private static List<Script> load() {
        try (InputStream in = DefaultLibraryCatalog.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : List.copyOf(ScriptJson.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
