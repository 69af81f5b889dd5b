package org.jingzhun.demo;

import java.util.List;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.area.AreaRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo county of Gansu (康乐县, Linxia prefecture): 3 townships, 9 villages. */
@Component
public class DemoAreas {

    public static final String COUNTY = "622922000000";

    public static final String TOWNSHIP_FUCHENG = "622922100000";

    public static final String VILLAGE_A = "622922100201";

    public static final String VILLAGE_B = "622922100202";

    public static final String VILLAGE_C = "622922100203";

    static final List<Area> AREAS = List.of(new Area("620000000000", "甘肃省", AreaLevel.PROVINCE, null),
            new Area("622900000000", "临夏回族自治州", AreaLevel.CITY, "620000000000"),
            new Area(COUNTY, "康乐县", AreaLevel.COUNTY, "622900000000"),
            new Area(TOWNSHIP_FUCHENG, "附城镇", AreaLevel.TOWNSHIP, COUNTY),
            new Area("622922101000", "苏集镇", AreaLevel.TOWNSHIP, COUNTY),
            new Area("622922102000", "胭脂镇", AreaLevel.TOWNSHIP, COUNTY),
            new Area(VILLAGE_A, "城南村", AreaLevel.VILLAGE, TOWNSHIP_FUCHENG),
            new Area(VILLAGE_B, "苏家村", AreaLevel.VILLAGE, TOWNSHIP_FUCHENG),
            new Area(VILLAGE_C, "刘家庄村", AreaLevel.VILLAGE, TOWNSHIP_FUCHENG),
            new Area("622922101201", "苏集村", AreaLevel.VILLAGE, "622922101000"),
            new Area("622922101202", "河西村", AreaLevel.VILLAGE, "622922101000"),
            new Area("622922101203", "阳洼村", AreaLevel.VILLAGE, "622922101000"),
            new Area("622922102201", "胭脂村", AreaLevel.VILLAGE, "622922102000"),
            new Area("622922102202", "三条沟村", AreaLevel.VILLAGE, "622922102000"),
            new Area("622922102203", "红崖村", AreaLevel.VILLAGE, "622922102000"));

    private final AreaRepository areas;

    DemoAreas(AreaRepository areas) {
        this.areas = areas;
    }

    @Transactional
    public void ensure() {
        for (Area area : AREAS) {
            if (!areas.existsById(area.getCode())) {
                areas.save(new Area(area.getCode(), area.getName(), area.getLevel(), area.getParentCode()));
            }
        }
    }

    public static List<String> villages() {
        return AREAS.stream().filter(a -> a.getLevel() == AreaLevel.VILLAGE).map(Area::getCode).toList();
    }

}
