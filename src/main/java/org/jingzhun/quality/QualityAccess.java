package org.jingzhun.quality;

import java.util.List;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaService;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees findings and who starts runs: cadres see their villages' findings; township and county reviewers and
 * administrators also start runs, over an area their scope covers. Departments and committees have no data-quality
 * duty here.
 */
@Component
class QualityAccess {

    private final AreaService areas;

    QualityAccess(AreaService areas) {
        this.areas = areas;
    }

    /** The area prefixes whose findings the user sees; null for an administrator (every area). */
    List<String> viewPrefixes(UserScope scope) {
        if (scope.isAdmin()) {
            return null;
        }
        if (!scope.hasRole(AreaGroups.CADRE) && !canRun(scope)) {
            throw new AccessDeniedException("no data-quality role");
        }
        return scope.prefixes();
    }

    boolean canRun(UserScope scope) {
        return scope.isAdmin() || scope.hasRole(AreaGroups.TOWNSHIP) || scope.hasRole(AreaGroups.COUNTY);
    }

    /** The area a run may cover: one the user's scope covers; null/blank only for an administrator (every area). */
    Area runArea(UserScope scope, String code) {
        if (!canRun(scope)) {
            throw new AccessDeniedException("only township and county reviewers and administrators start runs");
        }
        if (code == null || code.isBlank()) {
            if (scope.isAdmin()) {
                return null;
            }
            throw new AccessDeniedException("only administrators check every area");
        }
        Area area = areas.find(code.strip()).orElseThrow(() -> new NotFoundException("area " + code));
        if (!scope.isAdmin() && !scope.covers(area.getCode())) {
            throw new NotFoundException("area " + code);
        }
        return area;
    }

    /** The areas offered for a run: the user's own areas and the townships and villages under them. */
    List<Area> runAreas(UserScope scope) {
        if (!canRun(scope)) {
            return List.of();
        }
        List<String> roots = scope.isAdmin() ? List.of() : scope.areaCodes();
        return roots.stream()
            .flatMap(code -> java.util.stream.Stream.concat(areas.find(code).stream(),
                    descendants(code).stream()))
            .distinct()
            .toList();
    }

    private List<Area> descendants(String code) {
        List<Area> children = areas.children(code);
        return children.stream()
            .flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child),
                    descendants(child.getCode()).stream()))
            .toList();
    }

    String prefix(Area area) {
        return area == null ? "" : area.prefix();
    }
}
