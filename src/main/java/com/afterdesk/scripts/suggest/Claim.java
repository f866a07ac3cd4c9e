package com.afterdesk.scripts.suggest;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fact a reply script states as already done: "退款已经办好了", "补发的包裹已经发出", "本次问题已处理完毕". Such a script
 * is only right once the case says so; when the conversation belongs to a case whose record does not (yet) show the
 * fact, the script is not suggested. The claims are read from the script text, so scripts the shop writes itself are
 * treated the same way as the bundled ones.
 */
public enum Claim {
    /** The money has been refunded (or the refund approved and on its way back). */
    REFUNDED(Pattern.compile("退款[^，。！？,.!?]{0,8}?(已经?|已)(办好|处理好|处理完|完成|同意|审核通过|到账|原路退回|退回)"
            + "|退货退款已|(已经?|已)(为您|给您|帮您)?(退款|退还|原路退回)|(运费|差价|款项)[^，。！？]{0,8}已(经)?(退还|退回|到账)"
            + "|(钱|款)(已经?|已)(退回|退到|到账|原路)")),
    /** A replacement or resent parcel has gone out. */
    RESENT(Pattern.compile("(补发|换新|换货|新品|重发|重新发)[^，。！？,.!?]{0,10}?(已经?|已)(发出|寄出|处理完成|签收|确认签收)"
            + "|(已经?|已)(为您|给您|帮您)?(补发|重新发出|换新)")),
    /** The case is done: the problem has been handled completely. */
    RESOLVED(Pattern.compile("(已经?|已)处理(完毕|完成|好了)|问题已(经)?(解决|处理好)"));

    private final Pattern pattern;

    Claim(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The facts a script text states as done. */
    public static Set<Claim> in(String text) {
        Set<Claim> out = EnumSet.noneOf(Claim.class);
        if (text == null) {
            return out;
        }
        for (Claim c : values()) {
            if (c.pattern.matcher(text).find()) {
                out.add(c);
            }
        }
        return out;
    }
}
