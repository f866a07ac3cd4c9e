package com.afterdesk.cases;

import com.afterdesk.deadlines.RequestType;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Emotion;
import com.afterdesk.domain.Platform;
import java.time.Instant;
import java.util.Set;

/**
 * What the agent types to open a case. Optional fields may be null/blank; {@code openedAt} null = now. With a
 * request type other than NONE the platform request is opened at {@code openedAt} and its clock starts.
 */
public record NewCase(Platform platform, String shop, String orderNo, String buyerNick, String product, String sku,
                      long amountFen, long postageFen, RequestType type, boolean shipped, Category category,
                      Set<Category> secondaryCategories, Emotion emotion, Instant openedAt, String notes) {

    /** The minimum: platform, request type and order number. */
    public static NewCase of(Platform platform, RequestType type, String orderNo) {
        return new NewCase(platform, "", orderNo, null, "", "", 0, 0, type, false, Category.OTHER, Set.of(), null,
                null, "");
    }

    public NewCase withBuyer(String nick) {
        return new NewCase(platform, shop, orderNo, nick, product, sku, amountFen, postageFen, type, shipped, category,
                secondaryCategories, emotion, openedAt, notes);
    }

    public NewCase withProduct(String name, String skuText) {
        return new NewCase(platform, shop, orderNo, buyerNick, name, skuText, amountFen, postageFen, type, shipped,
                category, secondaryCategories, emotion, openedAt, notes);
    }

    public NewCase withMoney(long amount, long postage) {
        return new NewCase(platform, shop, orderNo, buyerNick, product, sku, amount, postage, type, shipped, category,
                secondaryCategories, emotion, openedAt, notes);
    }

    public NewCase withShipped(boolean value) {
        return new NewCase(platform, shop, orderNo, buyerNick, product, sku, amountFen, postageFen, type, value,
                category, secondaryCategories, emotion, openedAt, notes);
    }

    public NewCase withCategory(Category primary, Set<Category> secondary) {
        return new NewCase(platform, shop, orderNo, buyerNick, product, sku, amountFen, postageFen, type, shipped,
                primary, secondary, emotion, openedAt, notes);
    }

    public NewCase withEmotion(Emotion value) {
        return new NewCase(platform, shop, orderNo, buyerNick, product, sku, amountFen, postageFen, type, shipped,
                category, secondaryCategories, value, openedAt, notes);
    }

    public NewCase withOpenedAt(Instant value) {
        return new NewCase(platform, shop, orderNo, buyerNick, product, sku, amountFen, postageFen, type, shipped,
                category, secondaryCategories, emotion, value, notes);
    }

    public NewCase withNotes(String value) {
        return new NewCase(platform, shop, orderNo, buyerNick, product, sku, amountFen, postageFen, type, shipped,
                category, secondaryCategories, emotion, openedAt, value);
    }

    public NewCase withShop(String value) {
        return new NewCase(platform, value, orderNo, buyerNick, product, sku, amountFen, postageFen, type, shipped,
                category, secondaryCategories, emotion, openedAt, notes);
    }
}
