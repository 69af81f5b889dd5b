package org.jingzhun.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jingzhun.DomainJpaTest;
import org.jingzhun.FixedClock;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdRepository;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DomainJpaTest
class SignOffServiceTest {

    @Autowired
    SignOffService signOffs;

    @Autowired
    HouseholdRepository households;

    @Autowired
    JdbcTemplate jdbc;

    Long id;

    @BeforeEach
    void household() {
        id = households.save(new Household("622922100201-0001", "622922100201", "马建国", Cause.ILLNESS,
                FixedClock.TODAY, "cadre1")).getId();
    }

    @Test
    void approvalIsRecordedWithWhoWhereAndWhen() {
        SignOff signOff = signOffs.record(id, "registration-approval", "county1", "county", AreaLevel.COUNTY,
                "622922000000", Decision.APPROVE, null, "pi-1", "task-1");

        assertThat(signOff.getId()).isNotNull();
        assertThat(signOff.getActor()).isEqualTo("county1");
        assertThat(signOff.getAreaLevel()).isEqualTo(AreaLevel.COUNTY);
        assertThat(signOff.getDecision()).isEqualTo(Decision.APPROVE);
        assertThat(signOff.getTaskId()).isEqualTo("task-1");
        assertThat(signOff.getSignedAt().atZone(Today.ZONE).toLocalDate())
                .isEqualTo(FixedClock.TODAY);
    }

    @Test
    void rejectionWithoutReasonIsRefusedAndNothingStored() {
        assertThatThrownBy(() -> signOffs.record(id, "appraisal", "committee1", "committee", AreaLevel.VILLAGE,
                "622922100201", Decision.REJECT, "  ", "pi-1", "task-1"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("validation.reason.required"));
        assertThat(jdbc.queryForObject("select count(*) from sign_off", Integer.class)).isZero();
    }

    @Test
    void upheldObjectionAlsoNeedsAReason() {
        assertThatThrownBy(() -> signOffs.record(id, "objection-review", "committee1", "committee",
                AreaLevel.VILLAGE, "622922100201", Decision.UPHOLD, null, "pi-1", "task-1"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void missingDecisionIsRefused() {
        assertThatThrownBy(() -> signOffs.record(id, "appraisal", "committee1", "committee", AreaLevel.VILLAGE,
                "622922100201", null, "ok", "pi-1", "task-1"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("validation.decision.required"));
    }

    @Test
    void forHouseholdListsSignOffsInTimeOrder() {
        FixedClock.set(LocalDate.of(2025, 6, 20));
        signOffs.record(id, "identification-review", "township1", "township", AreaLevel.TOWNSHIP, "622922100000",
                Decision.APPROVE, null, "pi-1", "task-2");
        FixedClock.set(LocalDate.of(2025, 6, 10));
        signOffs.record(id, "appraisal", "committee1", "committee", AreaLevel.VILLAGE, "622922100201",
                Decision.REJECT, "收入核实有误", "pi-1", "task-1");

        assertThat(signOffs.forHousehold(id)).extracting(SignOff::getStep)
                .containsExactly("appraisal", "identification-review");
        assertThat(signOffs.forHousehold(id).get(0).getReason()).isEqualTo("收入核实有误");
    }
}
