package com.afterdesk.cases;

import java.util.List;

/** One page of the case log and the number of cases matching the filters. */
public record CaseLogPage(List<CaseLogRow> rows, long total, int offset, int limit) {
}
