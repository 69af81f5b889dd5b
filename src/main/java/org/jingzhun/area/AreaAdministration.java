package org.jingzhun.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the division tree: add an area under its parent, rename, delete an empty one. A code must fit
 * its parent (12 digits, the parent's prefix, its own segment non-zero, zeros after), because every scope in the
 * product is a prefix of these codes.
 */
@Service
@Transactional
public class AreaAdministration {

    private static final int NAME_MAX = 100;

    private final AreaRepository areas;

    private final IdentityService identityService;

    AreaAdministration(AreaRepository areas, IdentityService identityService) {
        this.areas = areas;
        this.identityService = identityService;
    }

    /** The whole tree from its roots, each node with the households under it. */
    @Transactional(readOnly = true)
    public List<AreaNode> tree() {
        Map<String, Long> perVillage = new HashMap<>();
        for (Object[] row : areas.countHouseholdsByVillage()) {
            perVillage.put(String.valueOf(row[0]).strip(), ((Number) row[1]).longValue());
        }
        Map<String, List<Area>> byParent = new HashMap<>();
        List<Area> roots = new ArrayList<>();
        for (Area area : areas.findAll(Sort.by("code"))) {
            if (area.getParentCode() == null) {
                roots.add(area);
            }
            else {
                byParent.computeIfAbsent(area.getParentCode(), k -> new ArrayList<>()).add(area);
            }
        }
        return roots.stream().map(root -> node(root, byParent, perVillage)).toList();
    }

    @Transactional(readOnly = true)
    public Area get(String code) {
        return areas.findById(code).orElseThrow(() -> new NotFoundException("area " + code));
    }

    @Transactional(readOnly = true)
    public long households(Area area) {
        return areas.countHouseholdsLike(area.prefix() + "%");
    }

    @Transactional(readOnly = true)
    public List<Area> children(String code) {
        return areas.findByParentCodeOrderByCode(code);
    }

    public Area create(String parentCode, String code, String name) {
        Area parent = areas.findById(parentCode == null ? "" : parentCode)
            .orElseThrow(() -> new ValidationException(new Violation("parentCode", "validation.area.parent")));
        AreaLevel level = childLevel(parent.getLevel());
        if (level == null) {
            throw new ValidationException(new Violation("parentCode", "validation.area.parentVillage"));
        }
        String newCode = code == null ? "" : code.strip();
        List<Violation> violations = new ArrayList<>();
        codeViolation(parent, level, newCode).ifPresent(violations::add);
        violations.addAll(nameViolations(parent.getCode(), null, name));
        ValidationException.throwIfAny(violations);
        return areas.save(new Area(newCode, name.strip(), level, parent.getCode()));
    }

    public void rename(String code, String name) {
        Area area = get(code);
        ValidationException.throwIfAny(nameViolations(area.getParentCode(), code, name));
        area.setName(name.strip());
    }

    /**
     * Only an empty area goes: households, sub-areas and people with a role in it hold on to their area. A role left
     * behind would be a scope over a code that no longer exists, and would cover whatever area gets that code next.
     */
    public void delete(String code) {
        Area area = get(code);
        long households = areas.countHouseholdsLike(area.prefix() + "%");
        if (households > 0) {
            throw new ValidationException(new Violation("code", "validation.area.hasHouseholds", households));
        }
        if (!areas.findByParentCodeOrderByCode(code).isEmpty()) {
            throw new ValidationException(new Violation("code", "validation.area.hasChildren"));
        }
        long members = membersWithARoleIn(code);
        if (members > 0) {
            throw new ValidationException(new Violation("code", "validation.area.hasMembers", members));
        }
        areas.delete(area);
    }

    /** People in the area's groups: every role's group is named "role-areaCode" (AreaGroups). */
    private long membersWithARoleIn(String code) {
        return identityService.createGroupQuery()
            .list()
            .stream()
            .filter(group -> group.getId().endsWith("-" + code))
            .flatMap(group -> identityService.createUserQuery().memberOfGroup(group.getId()).list().stream())
            .map(User::getId)
            .distinct()
            .count();
    }

    /** The level below, or null under a village. */
    public static AreaLevel childLevel(AreaLevel level) {
        AreaLevel[] levels = AreaLevel.values();
        return level.ordinal() + 1 < levels.length ? levels[level.ordinal() + 1] : null;
    }

    private Optional<Violation> codeViolation(Area parent, AreaLevel level, String code) {
        if (!code.matches("\\d{12}")) {
            return Optional.of(new Violation("code", "validation.area.code.digits"));
        }
        String segment = code.substring(parent.getLevel().prefixLength(), level.prefixLength());
        String rest = code.substring(level.prefixLength());
        if (!code.startsWith(parent.prefix()) || segment.chars().allMatch(c -> c == '0')
                || !rest.chars().allMatch(c -> c == '0')) {
            return Optional.of(new Violation("code", "validation.area.code.parent", parent.prefix(),
                    level.prefixLength() - parent.getLevel().prefixLength(), 12 - level.prefixLength()));
        }
        if (areas.existsById(code)) {
            return Optional.of(new Violation("code", "validation.area.code.taken", code));
        }
        return Optional.empty();
    }

    private List<Violation> nameViolations(String parentCode, String ownCode, String name) {
        if (name == null || name.isBlank()) {
            return List.of(new Violation("name", "validation.area.name.required"));
        }
        if (name.strip().length() > NAME_MAX) {
            return List.of(new Violation("name", "validation.area.name.long", NAME_MAX));
        }
        boolean taken = parentCode != null && areas.findByParentCodeOrderByCode(parentCode)
            .stream()
            .anyMatch(sibling -> !sibling.getCode().equals(ownCode) && sibling.getName().equals(name.strip()));
        return taken ? List.of(new Violation("name", "validation.area.name.taken", name.strip())) : List.of();
    }

    private static AreaNode node(Area area, Map<String, List<Area>> byParent, Map<String, Long> perVillage) {
        List<AreaNode> children = byParent.getOrDefault(area.getCode(), List.of())
            .stream()
            .sorted(Comparator.comparing(Area::getCode))
            .map(child -> node(child, byParent, perVillage))
            .toList();
        long households = area.getLevel() == AreaLevel.VILLAGE ? perVillage.getOrDefault(area.getCode(), 0L)
                : children.stream().mapToLong(AreaNode::households).sum();
        return new AreaNode(area, children, households);
    }

}
