package org.jingzhun.inbox;

import java.util.List;

/** GET /api/inbox: one page of a tab, every tab's count and the paging (page is 1-based). */
public record InboxResponse(String tab, InboxCounts counts, List<InboxItem> items, int page, int size, long total,
        int totalPages) {

    static InboxResponse of(InboxQuery query, InboxCounts counts, InboxPage page) {
        return new InboxResponse(query.tab().param(), counts, page.items(), page.page(), page.size(), page.total(),
                page.totalPages());
    }

}
