package org.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.jingzhun.system.ValidationException;
import org.junit.jupiter.api.Test;

class HouseholdTest {

    private final Household household = new Household("622922100201-0001", "622922100201", "马建国", Cause.ILLNESS,
            LocalDate.of(2025, 6, 15), "c1");

    @Test
    void secondaryCausesAreAListOfAtMostTwo() {
        household.setSecondaryCauses(List.of(Cause.SKILLS, Cause.FUNDS));

        assertThat(household.secondaryCauses()).containsExactly(Cause.SKILLS, Cause.FUNDS);
    }

    @Test
    void threeSecondaryCausesAreRefusedAndTheOldOnesKept() {
        household.setSecondaryCauses(List.of(Cause.SKILLS));

        assertThatThrownBy(() -> household.setSecondaryCauses(List.of(Cause.SKILLS, Cause.FUNDS, Cause.LAND)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.codes()).containsExactly("validation.secondaryCauses.tooMany"));
        assertThat(household.secondaryCauses()).containsExactly(Cause.SKILLS);
    }

    @Test
    void clearingSecondaryCausesLeavesAnEmptyList() {
        household.setSecondaryCauses(List.of(Cause.SKILLS));

        household.setSecondaryCauses(null);

        assertThat(household.secondaryCauses()).isEmpty();
    }

    @Test
    void changeStatusAppendsAHistoryRow() {
        household.changeStatus(HouseholdStatus.POOR, "county1", "审定通过");

        assertThat(household.getStatus()).isEqualTo(HouseholdStatus.POOR);
        assertThat(household.getStatusHistory()).hasSize(2).last().satisfies(change -> {
            assertThat(change.getFromStatus()).isEqualTo(HouseholdStatus.APPLIED);
            assertThat(change.getToStatus()).isEqualTo(HouseholdStatus.POOR);
            assertThat(change.getReason()).isEqualTo("审定通过");
            assertThat(change.getChangedAt()).isNotNull();
        });
    }

    @Test
    void rejectedHouseholdCannotBeRegistered() {
        household.changeStatus(HouseholdStatus.REJECTED, "county1", "不符合条件");

        assertThatThrownBy(() -> household.changeStatus(HouseholdStatus.POOR, "county1", null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(household.getStatusHistory()).hasSize(2);
    }

    @Test
    void deceasedMembersDoNotCount() {
        Member alive = new Member("马建国", ResidentId.parse("622922197503120319", LocalDate.of(2025, 1, 1)),
                Relation.HEAD);
        Member deceased = new Member("马老汉", ResidentId.parse("622922194808080713", LocalDate.of(2025, 1, 1)),
                Relation.PARENT);
        deceased.setHealth(Health.DECEASED);
        household.addMember(alive);
        household.addMember(deceased);

        assertThat(household.livingMemberCount()).isEqualTo(1);
    }
}
