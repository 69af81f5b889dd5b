package org.jingzhun.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaService;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.Today;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of an area in the caller's scope. An area outside the scope answers exactly as an unknown one (not
 * found), so a guessed code tells nothing about what exists.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final AreaService areas;

    private final JdbcTemplate jdbc;

    private final ReportQueries queries;

    private final Today today;

    ReportService(AreaService areas, JdbcTemplate jdbc, Today today) {
        this.areas = areas;
        this.jdbc = jdbc;
        this.queries = new ReportQueries(jdbc);
        this.today = today;
    }

    /** The requested area if the user may see it, else the user's own first area; "not found" otherwise. */
    public Area area(String code, UserScope scope) {
        if (code == null || code.isBlank()) {
            return ownAreas(scope).stream().findFirst().orElseThrow(() -> new NotFoundException("area of " + scope));
        }
        return areas.find(code)
            .filter(area -> visible(area.getCode(), scope))
            .orElseThrow(() -> new NotFoundException("area " + code));
    }

    public ReportTable table(Report report, Area area) {
        return queries.run(report, AreaRange.of(area.prefix()), today.now());
    }

    /** The areas a user starts from: their own, or for administrators the top of the tree. */
    public List<Area> ownAreas(UserScope scope) {
        if (scope.isAdmin()) {
            return jdbc.queryForList("select code from area where parent_code is null order by code", String.class)
                .stream()
                .map(areas::find)
                .flatMap(Optional::stream)
                .toList();
        }
        return scope.areaCodes().stream().map(areas::find).flatMap(Optional::stream).toList();
    }

    /** The path from the highest area the user may see down to this one, for the breadcrumb. */
    public List<Area> trail(Area area, UserScope scope) {
        List<Area> trail = new ArrayList<>();
        Optional<Area> current = Optional.of(area);
        while (current.isPresent() && visible(current.get().getCode(), scope)) {
            trail.add(current.get());
            current = areas.find(current.get().getParentCode());
        }
        Collections.reverse(trail);
        return trail;
    }

    public List<Area> children(Area area) {
        return areas.children(area.getCode());
    }

    /** A village's households for the drill-down to their files. */
    public List<HouseholdLink> households(Area village) {
        return jdbc.query("select id, household_number, head_name, status from household where village_code = ?"
                + " order by household_number", (rs, n) -> new HouseholdLink(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)), village.getCode());
    }

    private static boolean visible(String code, UserScope scope) {
        return scope.isAdmin() || scope.covers(code);
    }

}
