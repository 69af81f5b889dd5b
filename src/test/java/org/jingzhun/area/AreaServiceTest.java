package org.jingzhun.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jingzhun.DomainJpaTest;
import org.jingzhun.system.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DomainJpaTest
class AreaServiceTest {

    @Autowired
    AreaService areas;

    @Test
    void findsAnAreaByCode() {
        assertThat(areas.find("622922000000")).get().satisfies(area -> {
            assertThat(area.getName()).isEqualTo("康乐县");
            assertThat(area.getLevel()).isEqualTo(AreaLevel.COUNTY);
            assertThat(area.getParentCode()).isEqualTo("622900000000");
        });
        assertThat(areas.find("999999999999")).isEmpty();
        assertThat(areas.find(null)).isEmpty();
    }

    @Test
    void requireVillageAcceptsOnlyVillages() {
        assertThat(areas.requireVillage("622922100201").getName()).isEqualTo("测试一村");
        assertThatThrownBy(() -> areas.requireVillage("622922100000"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("validation.village.unknown"));
        assertThatThrownBy(() -> areas.requireVillage("622922100299")).isInstanceOf(ValidationException.class);
    }

    @Test
    void townshipAndCountyAreDerivedFromTheCode() {
        assertThat(areas.townshipOf("622922101201")).isEqualTo("622922101000");
        assertThat(areas.countyOf("622922101201")).isEqualTo("622922000000");
        assertThat(areas.countyOf("622922100000")).isEqualTo("622922000000");
        assertThatThrownBy(() -> areas.townshipOf("6229221012")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void childrenAreTheDirectSubordinatesInCodeOrder() {
        assertThat(areas.children("622922000000")).extracting(Area::getCode)
                .containsExactly("622922100000", "622922101000");
        assertThat(areas.children("622922100000")).extracting(Area::getCode)
                .containsExactly("622922100201", "622922100202");
    }

    @Test
    void villagesUnderAPrefixScopeToThatArea() {
        Area county = areas.find("622922000000").orElseThrow();
        Area township = areas.find("622922101000").orElseThrow();

        assertThat(areas.villagesUnder(county.prefix())).extracting(Area::getCode)
                .containsExactly("622922100201", "622922100202", "622922101201");
        assertThat(areas.villagesUnder(township.prefix())).extracting(Area::getCode).containsExactly("622922101201");
    }

    @Test
    void prefixIsTheSignificantPartOfTheCode() {
        assertThat(areas.find("622922000000").orElseThrow().prefix()).isEqualTo("622922");
        assertThat(areas.find("622922101000").orElseThrow().prefix()).isEqualTo("622922101");
        assertThat(areas.find("622922101201").orElseThrow().prefix()).isEqualTo("622922101201");
        assertThat(areas.find("620000000000").orElseThrow().prefix()).isEqualTo("62");
    }
}
