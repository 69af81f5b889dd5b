package org.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityNotFoundException;

import org.jingzhun.DomainJpaTest;
import org.jingzhun.FixedClock;
import org.jingzhun.system.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

@DomainJpaTest
class HouseholdLifecycleTest {

    @Autowired
    HouseholdService service;

    @Autowired
    HouseholdStatusChangeRepository history;

    @Autowired
    TestEntityManager entityManager;

    Long id;

    @BeforeEach
    void apply() {
        id = service.apply(Applications.valid(), "cadre1");
    }

    @Test
    void unknownHouseholdGivesAClearNotFound() {
        assertThatThrownBy(() -> service.get(987654L))
                .isInstanceOf(EntityNotFoundException.class)
                .hasMessage("Household 987654 does not exist");
    }

    @Test
    void registerMakesTheHouseholdPoorFromToday() {
        service.register(id, "county1");

        Household household = reloaded();
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.POOR);
        assertThat(household.getFirstIdentifiedOn()).isEqualTo(FixedClock.TODAY);
        assertThat(history.findByHouseholdIdOrderByChangedAtAscIdAsc(id))
                .extracting(HouseholdStatusChange::getFromStatus, HouseholdStatusChange::getToStatus,
                        HouseholdStatusChange::getActor)
                .containsExactly(tuple(null, HouseholdStatus.APPLIED, "cadre1"),
                        tuple(HouseholdStatus.APPLIED, HouseholdStatus.POOR, "county1"));
    }

    @Test
    void rejectKeepsTheReasonInTheHistory() {
        service.reject(id, "township1", "家庭收入高于贫困线");

        Household household = reloaded();
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.REJECTED);
        assertThat(household.getStatusHistory()).last()
                .extracting(HouseholdStatusChange::getReason).isEqualTo("家庭收入高于贫困线");
    }

    @Test
    void exitingAnAppliedHouseholdIsAnIllegalMove() {
        assertThatThrownBy(() -> service.recordExit(id, FixedClock.TODAY, 5, "county1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("from APPLIED to EXITED");
    }

    @Test
    void surveyReplacesCausesAttributeAndLivingConditions() {
        service.updateSurvey(id, new SurveyData(Cause.DISABILITY, List.of(Cause.LABOUR), Attribute.SUBSISTENCE,
                HousingGrade.B, true, new BigDecimal("0.5"), new BigDecimal("6")));

        Household household = reloaded();
        assertThat(household.getMainCause()).isEqualTo(Cause.DISABILITY);
        assertThat(household.secondaryCauses()).containsExactly(Cause.LABOUR);
        assertThat(household.getAttribute()).isEqualTo(Attribute.SUBSISTENCE);
        LivingConditions living = service.livingConditions(id);
        assertThat(living.getHousingGrade()).isEqualTo(HousingGrade.B);
        assertThat(living.isSafeDrinkingWater()).isTrue();
        assertThat(living.isHousingSafe()).isTrue();
        assertThat(living.getRoadDistanceKm()).isEqualByComparingTo("0.5");
        assertThat(living.getCultivatedLand()).isEqualByComparingTo("6");
    }

    @Test
    void surveyWithoutGradeOrAttributeChangesNothing() {
        assertThatThrownBy(() -> service.updateSurvey(id, new SurveyData(Cause.DISABILITY, List.of(Cause.DISABILITY),
                null, null, true, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.codes()).containsExactlyInAnyOrder(
                        "validation.secondaryCauses.sameAsMain", "validation.attribute.required",
                        "validation.housingGrade.required"));

        assertThat(reloaded().getMainCause()).isEqualTo(Cause.ILLNESS);
    }

    @Test
    void helperIsAssignedWithAPlannedExitYear() {
        service.assignHelper(id, "helper7", 2027);

        Household household = reloaded();
        assertThat(household.getResponsibleCadre()).isEqualTo("helper7");
        assertThat(household.getPlannedExitYear()).isEqualTo(2027);
    }

    @Test
    void plannedExitYearMustLieBetweenLastYearAndTenYearsAhead() {
        service.assignHelper(id, "helper7", 2024);
        service.assignHelper(id, "helper7", 2035);

        assertThatThrownBy(() -> service.assignHelper(id, "helper7", 2023))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getViolations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.code()).isEqualTo("validation.plannedExitYear.range");
                            assertThat(v.args()).containsExactly(2023, 2024, 2035);
                        }));
        assertThatThrownBy(() -> service.assignHelper(id, " ", 2036))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.codes())
                        .containsExactly("validation.helper.required", "validation.plannedExitYear.range"));
        assertThat(reloaded().getPlannedExitYear()).isEqualTo(2035);
    }

    @Test
    void enterStageMovesTheHousehold() {
        service.enterStage(id, Stage.ASSISTANCE);

        assertThat(reloaded().getStage()).isEqualTo(Stage.ASSISTANCE);
    }

    @Test
    void exitSetsDatesAndTheBufferEnd() {
        service.register(id, "county1");

        service.recordExit(id, LocalDate.of(2025, 12, 20), 5, "county1");

        Household household = reloaded();
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.EXITED);
        assertThat(household.getExitDate()).isEqualTo(LocalDate.of(2025, 12, 20));
        assertThat(household.getExitYear()).isEqualTo(2025);
        assertThat(household.getBufferEndDate()).isEqualTo(LocalDate.of(2030, 12, 20));
    }

    @Test
    void rejectedExitLeavesTheStatusButNotTheHistory() {
        service.register(id, "county1");

        service.rejectExit(id, "township1", "住房仍为C级");

        Household household = reloaded();
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.POOR);
        assertThat(household.getStatusHistory()).last().satisfies(change -> {
            assertThat(change.getFromStatus()).isEqualTo(HouseholdStatus.POOR);
            assertThat(change.getToStatus()).isEqualTo(HouseholdStatus.POOR);
            assertThat(change.getReason()).isEqualTo("住房仍为C级");
        });
    }

    @Test
    void returnToPovertyRemembersThePreviousExitAndEndsTheBuffer() {
        service.register(id, "county1");
        service.recordExit(id, LocalDate.of(2021, 6, 30), 5, "county1");

        service.recordReturnToPoverty(id, "township1", "因病返贫");

        Household household = reloaded();
        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.RETURNED);
        assertThat(household.getBufferEndDate()).isNull();
        assertThat(household.getStatusHistory()).last().satisfies(change -> {
            assertThat(change.getToStatus()).isEqualTo(HouseholdStatus.RETURNED);
            assertThat(change.getReason()).startsWith("因病返贫").contains("2021-06-30").contains("2021");
        });
    }

    @Test
    void returnedHouseholdCanExitAgain() {
        service.register(id, "county1");
        service.recordExit(id, LocalDate.of(2021, 6, 30), 5, "county1");
        service.recordReturnToPoverty(id, "township1", "因病返贫");

        service.recordExit(id, LocalDate.of(2024, 12, 1), 5, "county1");

        Household household = reloaded();
        assertThat(household.getExitYear()).isEqualTo(2024);
        assertThat(household.getStatusHistory()).extracting(HouseholdStatusChange::getToStatus)
                .containsExactly(HouseholdStatus.APPLIED, HouseholdStatus.POOR, HouseholdStatus.EXITED,
                        HouseholdStatus.RETURNED, HouseholdStatus.EXITED);
    }

    @Test
    void stableExitEndsTheBufferPeriod() {
        service.register(id, "county1");
        service.recordExit(id, LocalDate.of(2020, 6, 30), 5, "county1");

        service.recordStableExit(id, "system");

        assertThat(reloaded().getStatus()).isEqualTo(HouseholdStatus.STABLE);
    }

    @Test
    void monitoringStartsAndEnds() {
        service.startMonitoring(id, LocalDate.of(2025, 5, 1));
        assertThat(reloaded().isMonitored()).isTrue();
        assertThat(reloaded().getMonitoringSince()).isEqualTo(LocalDate.of(2025, 5, 1));

        service.endMonitoring(id);
        assertThat(reloaded().isMonitored()).isFalse();
        assertThat(reloaded().getRiskEliminatedOn()).isEqualTo(FixedClock.TODAY);
        assertThat(reloaded().getMonitoringSince()).isEqualTo(LocalDate.of(2025, 5, 1));

        service.startMonitoring(id, LocalDate.of(2026, 1, 1));
        assertThat(reloaded().getRiskEliminatedOn()).isNull();
    }

    @Test
    void everySaveIncrementsTheVersion() {
        long before = reloaded().getVersion();

        service.enterStage(id, Stage.ASSISTANCE);

        assertThat(reloaded().getVersion()).isGreaterThan(before);
    }

    private Household reloaded() {
        entityManager.flush();
        entityManager.clear();
        return service.get(id);
    }
}
