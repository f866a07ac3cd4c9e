package com.afterdesk.customers;

import com.afterdesk.common.UserException;
import com.afterdesk.domain.Platform;
import com.afterdesk.storage.Database;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Buyers: create-or-find by platform and nick, list, count. */
public final class CustomerService {

    public static final int MAX_NICK = 64;

    private final CustomerRepository repository;
    private final Clock clock;

    public CustomerService(Database db, Clock clock) {
        this.repository = new CustomerRepository(db);
        this.clock = clock;
    }

    /** The customer with this nick on this platform, created on first use. */
    public Customer findOrCreate(Platform platform, String nick) {
        return repository.findOrCreate(platform, checkNick(nick), clock.instant());
    }

    /** A trimmed, non-blank nick of reasonable length, or a UserException. */
    public static String checkNick(String nick) {
        String n = nick == null ? "" : nick.strip();
        if (n.isEmpty()) {
            throw new UserException("customers.nick.blank");
        }
        if (n.length() > MAX_NICK) {
            throw new UserException("customers.nick.tooLong", MAX_NICK);
        }
        return n;
    }

    public Optional<Customer> find(long id) {
        return repository.find(id);
    }

    public Optional<Customer> find(Platform platform, String nick) {
        return repository.find(platform, nick.strip());
    }

    public List<Customer> list(int offset, int limit) {
        return repository.list(offset, limit);
    }

    public long count() {
        return repository.count();
    }
}
