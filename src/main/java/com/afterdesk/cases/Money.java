package com.afterdesk.cases;

import com.afterdesk.common.UserException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan text (59.90) to fen and back. */
public final class Money {

    private Money() {
    }

    /** Parses yuan with at most two decimals; negative or malformed amounts are refused. */
    public static long parseYuan(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text.strip().replace("¥", "").replace("￥", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UserException("cases.amount.malformed", text);
        }
        if (v.signum() < 0) {
            throw new UserException("cases.amount.negative");
        }
        if (v.scale() > 2 && v.stripTrailingZeros().scale() > 2) {
            throw new UserException("cases.amount.malformed", text);
        }
        try {
            return v.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new UserException("cases.amount.malformed", text);
        }
    }

    /** "59.90". */
    public static String format(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
