package org.jingzhun.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.jingzhun.demo.JourneyOnAnyDatabase;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.HouseholdService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production database: our migrations, the engine's schema and a whole household lifecycle on a real PostgreSQL
 * server. Runs wherever Debian's postgresql package is installed (.ci/run installs it); skipped elsewhere.
 */
@SpringBootTest
@ActiveProfiles("test")
// closed after the class, before the JVM's exit hook stops the server: nothing waits on a vanished database at exit
@DirtiesContext
class PostgresCompatibilityTest {

    @BeforeAll
    static void needsPostgres() {
        assumeTrue(LocalPostgres.installation().isPresent(),
                "PostgreSQL is not installed here (apt-get install postgresql); .ci/run installs it");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws IOException, InterruptedException {
        if (LocalPostgres.installation().isEmpty()) {
            return;
        }
        LocalPostgres postgres = LocalPostgres.start();
        registry.add("spring.datasource.url", postgres::url);
        registry.add("spring.datasource.username", () -> "jingzhun");
        registry.add("spring.datasource.password", () -> "");
        // a name of its own, so the shared test context's REST API keeps serving the "default" engine
        registry.add("camunda.bpm.process-engine-name", () -> "postgres");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    DemoAreas areas;

    @Autowired
    DemoUsers users;

    @Autowired
    JourneyOnAnyDatabase journeys;

    @Autowired
    HouseholdService households;

    @Test
    void runsOnPostgresWithEveryMigrationApplied() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSize(flyway.info().all().length);
    }

    @Test
    void householdGoesFromApplicationToStableExitOnPostgres() {
        areas.ensure();
        users.ensure("pg-test");
        Long id = journeys.stableExit(DemoAreas.VILLAGE_A);
        assertThat(households.get(id).getStatus()).isEqualTo(HouseholdStatus.STABLE);
        assertThat(households.get(id).getExitYear()).isNotNull();
    }

}
