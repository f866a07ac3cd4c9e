package com.afterdesk.domain;

import static com.afterdesk.domain.CategoryFamily.LOGISTICS;
import static com.afterdesk.domain.CategoryFamily.OPERATIONS;
import static com.afterdesk.domain.CategoryFamily.PRODUCT;
import static com.afterdesk.domain.CategoryFamily.SERVICE;
import static com.afterdesk.domain.CategoryFamily.SPECIAL;

/**
 * The complaint taxonomy (shared/domain/categories.md). The enum names are the contract: the classifier's
 * labels, the script library's keys, the case log's category column and the CLI all use them verbatim.
 */
public enum Category {
    LOGISTICS_DELAY(LOGISTICS),
    LOGISTICS_EXCEPTION(LOGISTICS),
    SHIP_LATE(LOGISTICS),
    DAMAGED(PRODUCT),
    QUALITY_DEFECT(PRODUCT),
    NOT_AS_DESCRIBED(PRODUCT),
    WRONG_MISSING(PRODUCT),
    USAGE_HELP(PRODUCT),
    COUNTERFEIT(PRODUCT),
    CHANGE_OF_MIND(SERVICE),
    RETURN_SHIPPING(SERVICE),
    REFUND_PROGRESS(SERVICE),
    SERVICE_ATTITUDE(SERVICE),
    PRICE_PROMO(OPERATIONS),
    INVOICE(OPERATIONS),
    THREAT_EXTORTION(SPECIAL),
    OTHER(SPECIAL);

    private final CategoryFamily family;

    Category(CategoryFamily family) {
        this.family = family;
    }

    public CategoryFamily family() {
        return family;
    }

    /** Resource-bundle key of the display name. */
    public String labelKey() {
        return "category." + name();
    }

    public static Category fromId(String id) {
        try {
            return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown category: " + id, e);
        }
    }
}
