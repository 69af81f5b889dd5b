package org.jingzhun.area;

import java.util.List;
import java.util.Optional;

import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AreaService {

    private static final int CODE_LENGTH = 12;

    private final AreaRepository areas;

    public AreaService(AreaRepository areas) {
        this.areas = areas;
    }

    public Optional<Area> find(String code) {
        return code == null ? Optional.empty() : areas.findById(code);
    }

    public boolean isVillage(String code) {
        return find(code).filter(area -> area.getLevel() == AreaLevel.VILLAGE).isPresent();
    }

    public Area requireVillage(String code) {
        return find(code)
                .filter(area -> area.getLevel() == AreaLevel.VILLAGE)
                .orElseThrow(() -> unknownVillage(code));
    }

    /** Locks the village row until the caller's transaction ends, e.g. while numbering a new household. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Area lockVillage(String code) {
        return areas.lockByCode(code)
                .filter(area -> area.getLevel() == AreaLevel.VILLAGE)
                .orElseThrow(() -> unknownVillage(code));
    }

    public String townshipOf(String villageCode) {
        return truncate(villageCode, AreaLevel.TOWNSHIP);
    }

    public String countyOf(String code) {
        return truncate(code, AreaLevel.COUNTY);
    }

    public List<Area> children(String code) {
        return areas.findByParentCodeOrderByCode(code);
    }

    /** Every area of a level, by code: the choices when an administrator grants a role in an area. */
    public List<Area> ofLevel(AreaLevel level) {
        return areas.findByLevelAndCodeStartingWithOrderByCode(level, "");
    }

    public List<Area> villagesUnder(String prefix) {
        return areas.findByLevelAndCodeStartingWithOrderByCode(AreaLevel.VILLAGE, prefix);
    }

    private static ValidationException unknownVillage(String code) {
        return new ValidationException(unknownVillageViolation(code));
    }

    public static Violation unknownVillageViolation(String code) {
        return new Violation("villageCode", "validation.village.unknown", code);
    }

    static String truncate(String code, AreaLevel level) {
        if (code == null || code.length() != CODE_LENGTH || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a 12-digit division code: " + code);
        }
        return code.substring(0, level.prefixLength()) + "0".repeat(CODE_LENGTH - level.prefixLength());
    }
}
