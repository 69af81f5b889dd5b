package org.jingzhun.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    void seedsADueAndAnEscalationDelayForEveryStepTheModelsName() throws IOException {
        Set<String> steps = new TreeSet<>();
        Pattern step = Pattern.compile("policy\\.(?:due|dueDate|escalation)\\('([a-z-]+)'\\)");
        try (Stream<Path> models = Files.walk(Path.of("bpmn"))) {
            for (Path model : models.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
                step.matcher(Files.readString(model)).results().forEach(match -> steps.add(match.group(1)));
            }
        }
        List<String> dues = jdbc.queryForList(
                "select substring(param_key, 5) from policy_parameter where param_key like 'due.%'", String.class);
        List<String> escalations = jdbc.queryForList(
                "select substring(param_key, 12) from policy_parameter where param_key like 'escalation.%'",
                String.class);
        assertThat(steps).hasSizeGreaterThan(15);
        assertThat(dues).containsAll(steps);
        assertThat(escalations).containsExactlyInAnyOrderElementsOf(dues);
    }

    @Test
    void seedsNoAreasSoDemoDataStaysOutOfTheMigrations() {
        Integer nonTestAreas = jdbc.queryForObject(
                "select count(*) from area where name not like '测试%' and level = 'VILLAGE'", Integer.class);
        assertThat(nonTestAreas).isZero();
    }
}
