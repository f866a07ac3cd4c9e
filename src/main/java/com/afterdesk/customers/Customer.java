package com.afterdesk.customers;

import com.afterdesk.domain.Platform;
import java.time.Instant;

/** A buyer on one platform; (platform, nick) is unique. */
public record Customer(long id, Platform platform, String nick, Instant createdAt, String notes) {
}
