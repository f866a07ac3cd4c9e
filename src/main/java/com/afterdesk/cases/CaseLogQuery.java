package com.afterdesk.cases;

import com.afterdesk.deadlines.CaseState;
import com.afterdesk.deadlines.Urgency;
import com.afterdesk.domain.Category;
import com.afterdesk.domain.Platform;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Filters and paging of the case log. Empty sets mean "any". {@code text} searches order number, buyer and
 * product. {@code dueWithin} keeps cases whose head clock runs and falls due within that time (overdue
 * included): the saved filter 今天必须处理 is {@link #dueToday()}. Rows come most urgent seller clock first.
 */
public record CaseLogQuery(Set<Platform> platforms, Set<CaseState> states, Set<Category> categories,
                           Set<Urgency> urgencies, String text, Duration dueWithin, int offset, int limit) {

    public static final int DEFAULT_PAGE = 100;

    public CaseLogQuery {
        platforms = platforms == null || platforms.isEmpty() ? Set.of() : EnumSet.copyOf(platforms);
        states = states == null || states.isEmpty() ? Set.of() : EnumSet.copyOf(states);
        categories = categories == null || categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
        urgencies = urgencies == null || urgencies.isEmpty() ? Set.of() : EnumSet.copyOf(urgencies);
        text = text == null || text.isBlank() ? null : text.strip();
        offset = Math.max(0, offset);
        limit = limit <= 0 ? DEFAULT_PAGE : limit;
    }

    /** Everything, first page. */
    public static CaseLogQuery all() {
        return new CaseLogQuery(Set.of(), Set.of(), Set.of(), Set.of(), null, null, 0, DEFAULT_PAGE);
    }

    /** The saved filter 今天必须处理: due within 24 h. */
    public static CaseLogQuery dueToday() {
        return all().withDueWithin(Duration.ofHours(24));
    }

    public CaseLogQuery withPlatforms(Set<Platform> v) {
        return new CaseLogQuery(v, states, categories, urgencies, text, dueWithin, 0, limit);
    }

    public CaseLogQuery withStates(Set<CaseState> v) {
        return new CaseLogQuery(platforms, v, categories, urgencies, text, dueWithin, 0, limit);
    }

    public CaseLogQuery withCategories(Set<Category> v) {
        return new CaseLogQuery(platforms, states, v, urgencies, text, dueWithin, 0, limit);
    }

    public CaseLogQuery withUrgencies(Set<Urgency> v) {
        return new CaseLogQuery(platforms, states, categories, v, text, dueWithin, 0, limit);
    }

    public CaseLogQuery withText(String v) {
        return new CaseLogQuery(platforms, states, categories, urgencies, v, dueWithin, 0, limit);
    }

    public CaseLogQuery withDueWithin(Duration v) {
        return new CaseLogQuery(platforms, states, categories, urgencies, text, v, 0, limit);
    }

    /** The same filters, another page. */
    public CaseLogQuery page(int newOffset, int newLimit) {
        return new CaseLogQuery(platforms, states, categories, urgencies, text, dueWithin, newOffset, newLimit);
    }
}
