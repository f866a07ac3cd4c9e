package com.afterdesk.chat;

/** Who wrote a chat message. */
public enum Role {
    BUYER, AGENT
}
