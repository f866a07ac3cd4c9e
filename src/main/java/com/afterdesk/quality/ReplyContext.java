package com.afterdesk.quality;

import com.afterdesk.domain.Category;
import java.time.Instant;

/**
 * What the checks know about the case a reply belongs to. Every field may be null (unknown); a check that needs
 * an unknown fact simply does not run. Money in fen.
 *
 * @param postageFen               the return postage: compensation above it needs the owner's confirmation
 * @param paidFen                  what the buyer paid for the order
 * @param orderNo                  the case's order number
 * @param promisedShipBy           when the shop promised to ship
 * @param confirmedCompensationFen a compensation the owner already confirmed for this case
 * @param refundFen                the refund amount agreed on the case
 * @param platformDeadline         when the platform's running clock on the case runs out
 * @param category                 the case's category (used for 答非所问 when there is no buyer message)
 */
public record ReplyContext(Long postageFen, Long paidFen, String orderNo, Instant promisedShipBy,
                           Long confirmedCompensationFen, Long refundFen, Instant platformDeadline,
                           Category category) {

    private static final ReplyContext EMPTY = new ReplyContext(null, null, null, null, null, null, null, null);

    /** No case: only the checks that need no case facts run. */
    public static ReplyContext none() {
        return EMPTY;
    }

    public ReplyContext withPostage(Long fen) {
        return new ReplyContext(fen, paidFen, orderNo, promisedShipBy, confirmedCompensationFen, refundFen,
                platformDeadline, category);
    }

    public ReplyContext withPaid(Long fen) {
        return new ReplyContext(postageFen, fen, orderNo, promisedShipBy, confirmedCompensationFen, refundFen,
                platformDeadline, category);
    }

    public ReplyContext withOrderNo(String no) {
        return new ReplyContext(postageFen, paidFen, no, promisedShipBy, confirmedCompensationFen, refundFen,
                platformDeadline, category);
    }

    public ReplyContext withPromisedShipBy(Instant at) {
        return new ReplyContext(postageFen, paidFen, orderNo, at, confirmedCompensationFen, refundFen,
                platformDeadline, category);
    }

    public ReplyContext withConfirmedCompensation(Long fen) {
        return new ReplyContext(postageFen, paidFen, orderNo, promisedShipBy, fen, refundFen, platformDeadline,
                category);
    }

    public ReplyContext withRefund(Long fen) {
        return new ReplyContext(postageFen, paidFen, orderNo, promisedShipBy, confirmedCompensationFen, fen,
                platformDeadline, category);
    }

    public ReplyContext withPlatformDeadline(Instant at) {
        return new ReplyContext(postageFen, paidFen, orderNo, promisedShipBy, confirmedCompensationFen, refundFen,
                at, category);
    }

    public ReplyContext withCategory(Category c) {
        return new ReplyContext(postageFen, paidFen, orderNo, promisedShipBy, confirmedCompensationFen, refundFen,
                platformDeadline, c);
    }
}
