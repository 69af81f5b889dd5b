package org.jingzhun;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.jingzhun.area.AreaService;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.IncomeService;
import org.jingzhun.policy.PolicyExpressions;
import org.jingzhun.policy.PolicyService;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.system.Today;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.jdbc.Sql;

/**
 * A JPA slice on H2 migrated by Flyway, Hibernate validating the mappings against that schema, with the domain
 * services, the test areas and the clock fixed at {@link FixedClock#TODAY}. It names its configuration class
 * instead of searching for one, so it keeps working next to the real application class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
@ContextConfiguration(classes = TestJpaApplication.class)
@Import({Today.class, AreaService.class, HouseholdService.class, IncomeService.class, SignOffService.class,
        PolicyService.class, PolicyExpressions.class})
@Sql("/test-areas.sql")
@ExtendWith(FixedClock.class)
public @interface DomainJpaTest {
}
