package org.jingzhun.demo;

import java.math.BigDecimal;
import java.util.List;

import org.jingzhun.household.Attribute;
import org.jingzhun.household.Cause;
import org.jingzhun.household.HouseholdApplication;
import org.jingzhun.household.HouseholdRepository;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.household.MemberForm;
import org.jingzhun.household.Standard;
import org.jingzhun.system.Today;
import org.jingzhun.workflow.LifecycleService;
import org.jingzhun.workflow.ModelDeployer;
import org.jingzhun.workflow.WorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: areas, users and households spread over every stage and step, so that each demo user finds
 * work on first start. Runs once: an existing household table is left alone.
 */
@Component
@ConditionalOnProperty(name = "jingzhun.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final Cause[] CAUSES = { Cause.ILLNESS, Cause.DISABILITY, Cause.SCHOOLING, Cause.LABOUR,
            Cause.SKILLS, Cause.FUNDS, Cause.DISASTER, Cause.WATER, Cause.TRANSPORT, Cause.MOTIVATION };

    private final DemoAreas areas;

    private final DemoUsers users;

    private final LifecycleService lifecycle;

    private final WorkflowService workflow;

    private final HouseholdRepository households;

    private final Today today;

    private final String password;

    private final int count;

    private final DemoFindings findings;

    DemoData(DemoAreas areas, DemoUsers users, LifecycleService lifecycle, WorkflowService workflow,
            HouseholdRepository households, Today today, ModelDeployer modelsFirst, DemoFindings findings,
            @Value("${jingzhun.demo.password}") String password, @Value("${jingzhun.demo.households:64}") int count) {
        this.areas = areas;
        this.users = users;
        this.lifecycle = lifecycle;
        this.workflow = workflow;
        this.households = households;
        this.today = today;
        this.password = password;
        this.count = count;
        this.findings = findings;
    }

    @Override
    public void run(ApplicationArguments args) {
        areas.ensure();
        users.ensure(password);
        if (households.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        List<String> villages = DemoAreas.villages();
        List<String> others = villages.stream().filter(v -> !DemoUsers.isMain(v)).toList();
        for (int i = 0; i < count; i++) {
            String village = i % 10 < 7 ? (i % 2 == 0 ? DemoAreas.VILLAGE_A : DemoAreas.VILLAGE_B)
                    : others.get(i % others.size());
            Cause cause = CAUSES[i % CAUSES.length];
            Long id = lifecycle.apply(application(i, village, cause), DemoUsers.cadreOf(village));
            DemoJourney journey = new DemoJourney(workflow, id, village, today.date(), cause);
            switch (i % 16) {
                case 5 -> journey.advance(2, DemoJourney.Ending.REJECTED);
                case 9 -> journey.advance(12, DemoJourney.Ending.NOT_READY);
                case 13 -> journey.advance(20, DemoJourney.Ending.RETURN);
                default -> journey.advance(i % (DemoJourney.STEPS + 1), DemoJourney.Ending.MAIN);
            }
        }
        findings.seed();
        log.info("Demo data: {} households in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    private static HouseholdApplication application(int n, String village, Cause cause) {
        List<MemberForm> family = DemoPeople.family(n);
        return new HouseholdApplication(village, family.get(0).name(), "1390930" + String.format("%04d", n),
                "62284800" + String.format("%011d", n * 7919L), n % 7 == 0 ? Attribute.SUBSISTENCE : Attribute.ORDINARY,
                Standard.NATIONAL, family.size(), cause, List.of(), family, HousingGrade.B, true,
                new BigDecimal("4.5"), new BigDecimal("2.5"));
    }

}
