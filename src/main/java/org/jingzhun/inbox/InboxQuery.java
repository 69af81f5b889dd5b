package org.jingzhun.inbox;

import org.jingzhun.household.Stage;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One inbox page asked for: tab, filters, search, sort and a 1-based page. Unknown or missing parameters fall back to
 * the defaults rather than failing, so that an old bookmark still opens the inbox.
 */
public record InboxQuery(InboxTab tab, String village, Stage stage, String step, String search, InboxSort sort,
        boolean ascending, int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public static final int MAX_SIZE = 100;

    public InboxQuery {
        tab = tab == null ? InboxTab.MINE : tab;
        village = blankToNull(village);
        step = blankToNull(step);
        search = blankToNull(search);
        sort = sort == null ? InboxSort.DUE : sort;
        page = Math.max(page, 1);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static InboxQuery of(InboxTab tab) {
        return new InboxQuery(tab, null, null, null, null, null, true, 1, DEFAULT_SIZE);
    }

    /** The same tab, sort and page size without filters or search. */
    public InboxQuery cleared() {
        return new InboxQuery(tab, null, null, null, null, sort, ascending, 1, size);
    }

    /** Another tab keeps the filters and starts at its first page. */
    public InboxQuery withTab(InboxTab other) {
        return new InboxQuery(other, village, stage, step, search, sort, ascending, 1, size);
    }

    /** Sorting by the current column again reverses the direction; a new column starts ascending. */
    public InboxQuery withSort(InboxSort other) {
        return new InboxQuery(tab, village, stage, step, search, other, other != sort || !ascending, 1, size);
    }

    /** For the page's column headers: {@code query.sortedBy('household')}. */
    public InboxQuery sortedBy(String param) {
        return withSort(InboxSort.fromParam(param).orElse(InboxSort.DUE));
    }

    /** The aria-sort value of a column header: ascending, descending or none. */
    public String ariaSort(String param) {
        if (!sort.param().equals(param)) {
            return "none";
        }
        return ascending ? "ascending" : "descending";
    }

    public InboxQuery withPage(int other) {
        return new InboxQuery(tab, village, stage, step, search, sort, ascending, other, size);
    }

    boolean filtered() {
        return village != null || stage != null || step != null || search != null;
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** The request parameters that give this query back; defaults are left out. */
    public MultiValueMap<String, String> params() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("tab", tab.param());
        add(params, "village", village);
        add(params, "stage", stage == null ? null : stage.name());
        add(params, "step", step);
        add(params, "q", search);
        if (sort != InboxSort.DUE || !ascending) {
            params.add("sort", sort.param());
            params.add("dir", ascending ? "asc" : "desc");
        }
        if (page > 1) {
            params.add("page", Integer.toString(page));
        }
        if (size != DEFAULT_SIZE) {
            params.add("size", Integer.toString(size));
        }
        return params;
    }

    /** This query as a link to the inbox page, encoded (for {@code @{${query.path()}}} and redirects). */
    public String path() {
        return UriComponentsBuilder.fromPath("/inbox").queryParams(params()).encode().build().toUriString();
    }

    private static void add(MultiValueMap<String, String> params, String name, String value) {
        if (value != null) {
            params.add(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
