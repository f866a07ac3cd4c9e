package com.afterdesk.scripts;

import java.util.List;

/** Read access to the current script library (what the suggestion engine ranks and the chat inserts). */
public interface ScriptCatalog {

    /** All scripts of the library, in a stable order. */
    List<Script> all();

    /** A number that changes whenever the library changes, so callers can cache derived indexes. */
    long revision();
}
