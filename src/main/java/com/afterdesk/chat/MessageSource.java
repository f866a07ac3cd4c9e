package com.afterdesk.chat;

/** How a message got into AfterDesk: pasted, picked up by the clipboard watch, imported, or sent from the composer. */
public enum MessageSource {
    PASTE, CLIPBOARD, IMPORT, COMPOSER
}
