package com.afterdesk.cases;

import com.afterdesk.domain.Category;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What to collect before a dispute, per category (shared/domain/categories.md, "Evidence per category"). */
public final class EvidenceChecklist {

    private static final Map<Category, List<String>> ITEMS = new EnumMap<>(Category.class);

    static {
        ITEMS.put(Category.DAMAGED, List.of("ITEM_PHOTOS", "BOX_PHOTOS", "WAYBILL", "COURIER_CLAIM"));
        ITEMS.put(Category.QUALITY_DEFECT, List.of("DEFECT_PHOTOS", "BATCH_NUMBER"));
        ITEMS.put(Category.WRONG_MISSING, List.of("RECEIVED_PHOTO", "PACKING_LIST", "WAREHOUSE_WEIGHT"));
        ITEMS.put(Category.LOGISTICS_EXCEPTION, List.of("TRACKING_SCREENSHOT", "COURIER_STATEMENT"));
        List<String> returnParcel = List.of("RETURN_UNBOXING_PHOTOS", "RETURN_WAYBILL", "RETURN_WEIGHT",
                "COURIER_STATEMENT");
        ITEMS.put(Category.RETURN_SHIPPING, returnParcel);
        ITEMS.put(Category.REFUND_PROGRESS, returnParcel);
        ITEMS.put(Category.COUNTERFEIT, List.of("PURCHASE_INVOICES", "BRAND_AUTHORISATION", "INSPECTION_REPORT"));
        ITEMS.put(Category.THREAT_EXTORTION, List.of("CHAT_RECORD"));
    }

    private EvidenceChecklist() {
    }

    /** Every item key any category uses (for labels and validation). */
    public static Set<String> allKeys() {
        Set<String> out = new LinkedHashSet<>();
        ITEMS.values().forEach(out::addAll);
        return out;
    }

    /** The checklist of a primary category plus its secondary ones, without duplicates, primary first. */
    public static List<String> itemsFor(Category primary, Collection<Category> secondary) {
        Set<String> out = new LinkedHashSet<>(ITEMS.getOrDefault(primary, List.of()));
        for (Category c : secondary) {
            out.addAll(ITEMS.getOrDefault(c, List.of()));
        }
        return new ArrayList<>(out);
    }
}
