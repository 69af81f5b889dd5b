package org.jingzhun.household;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search of the household register: free text (household number, head's name or a member's ID number), filters and
 * a page (from 0). The same parameters serve the page and {@code GET /api/households}.
 */
public record RegisterQuery(String q, String village, HouseholdStatus status, Stage stage, Integer page,
        Integer size) {

    public static final int DEFAULT_SIZE = 20;

    public static final int MAX_SIZE = 100;

    public RegisterQuery {
        q = q == null || q.isBlank() ? null : q.strip();
        village = village == null || village.isBlank() ? null : village.strip();
        page = page == null || page < 0 ? 0 : page;
        size = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static RegisterQuery all() {
        return new RegisterQuery(null, null, null, null, 0, DEFAULT_SIZE);
    }

    public RegisterQuery withPage(int newPage) {
        return new RegisterQuery(q, village, status, stage, newPage, size);
    }

    /** The register's URL for another page of the same search. */
    public String link(String path, int newPage) {
        return UriComponentsBuilder.fromPath(path)
            .queryParamIfPresent("q", Optional.ofNullable(q))
            .queryParamIfPresent("village", Optional.ofNullable(village))
            .queryParamIfPresent("status", Optional.ofNullable(status))
            .queryParamIfPresent("stage", Optional.ofNullable(stage))
            .queryParam("page", newPage)
            .encode()
            .toUriString();
    }

    public boolean filtered() {
        return q != null || village != null || status != null || stage != null;
    }

}
