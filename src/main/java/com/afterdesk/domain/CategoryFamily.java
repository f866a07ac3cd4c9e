package com.afterdesk.domain;

/** The four families of after-sales complaints from the seed articles, plus the special ones. */
public enum CategoryFamily {
    LOGISTICS, PRODUCT, SERVICE, OPERATIONS, SPECIAL
}
