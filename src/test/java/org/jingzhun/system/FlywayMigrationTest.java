package org.jingzhun.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jingzhun.DomainJpaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The context only starts when Hibernate's validation of every entity against the migrated schema passes. */
@DomainJpaTest
class FlywayMigrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migratesDomainAndPolicyDefaultsOnH2() {
        assertThat(Arrays.stream(flyway.info().applied()).map(MigrationInfo::getVersion).map(Object::toString))
                .startsWith("1", "2")
                .hasSize(flyway.info().all().length);
        assertThat(flyway.info().applied()).allMatch(info -> info.getState() == MigrationState.SUCCESS);
    }

    @Test
    void seedsADueAndAnEscalationDelayForEveryStep() {
        Integer dues = jdbc.queryForObject(
                "select count(*) from policy_parameter where param_key like 'due.%'", Integer.class);
        Integer escalations = jdbc.queryForObject(
                "select count(*) from policy_parameter where param_key like 'escalation.%'", Integer.class);
        assertThat(dues).isEqualTo(19);
        assertThat(escalations).isEqualTo(dues);
    }

    @Test
    void seedsNoAreasSoDemoDataStaysOutOfTheMigrations() {
        Integer nonTestAreas = jdbc.queryForObject(
                "select count(*) from area where name not like '测试%' and level = 'VILLAGE'", Integer.class);
        assertThat(nonTestAreas).isZero();
    }
}
