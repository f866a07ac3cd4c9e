package com.afterdesk.quality;

import com.afterdesk.domain.Category;
import com.afterdesk.domain.CategoryFamily;
import java.util.List;

/**
 * What a buyer message and a reply are about, for the 答非所问 check. The default is {@link LexiconTopicMatcher};
 * the suggestion engine's classifier can be plugged in instead (see {@link ReplyChecker#withTopics}). Both methods
 * return only categories the matcher is reasonably sure of, most likely first, and an empty list when it cannot
 * tell: an empty side never produces a finding.
 */
public interface TopicMatcher {

    /** The categories of a buyer message. */
    List<Category> buyerTopics(String buyerMessage);

    /** The categories a reply talks about (an apology or a greeting alone is about nothing). */
    List<Category> replyTopics(String reply);

    /**
     * True when a reply about {@code reply} fits a buyer message about {@code buyer}: the same category or family,
     * a remedy (return, refund) for any problem, the courier for transport damage, a return, its refund or a
     * cancellation, the warehouse for a wrong item, or any answer to a complaint about the service or a threat.
     */
    /** Words of a replacement being sent: 补发, 补寄, 换新, 重新发, 重发, 换货. */
    java.util.regex.Pattern RESEND = java.util.regex.Pattern.compile("补发|补寄|换新|重新发|重发|换货|新的一个|再寄");

    /** True when a reply sends the buyer a replacement. */
    static boolean sendsReplacement(String reply) {
        return RESEND.matcher(reply).find();
    }

    /**
     * True when a replacement answers a buyer message about {@code buyer}: any product problem, even though the
     * reply talks about shipping the replacement.
     */
    static boolean replacementFits(Category buyer) {
        return buyer.family() == CategoryFamily.PRODUCT;
    }

    static boolean fits(Category buyer, Category reply) {
        if (buyer == reply || buyer.family() == reply.family()) {
            return true;
        }
        if (buyer == Category.DAMAGED && reply.family() == CategoryFamily.LOGISTICS
                || buyer == Category.WRONG_MISSING && reply == Category.SHIP_LATE) {
            return true; // transport damage is the courier's business; a wrong item is the warehouse's
        }
        if ((buyer == Category.REFUND_PROGRESS || buyer == Category.RETURN_SHIPPING
                || buyer == Category.CHANGE_OF_MIND) && reply.family() == CategoryFamily.LOGISTICS) {
            return true; // a return, its refund or a cancellation travels with a parcel (寄回, 拦截, 签收)
        }
        return switch (reply) {
            case RETURN_SHIPPING, REFUND_PROGRESS, CHANGE_OF_MIND, SERVICE_ATTITUDE, OTHER -> true;
            default -> buyer == Category.THREAT_EXTORTION || buyer == Category.SERVICE_ATTITUDE
                    || buyer == Category.OTHER;
        };
    }
}
