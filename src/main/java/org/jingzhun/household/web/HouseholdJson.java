package org.jingzhun.household.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jingzhun.assistance.Visit;
import org.jingzhun.household.Attribute;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdFile;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.MemberView;
import org.jingzhun.household.OpenTask;
import org.jingzhun.household.Stage;
import org.jingzhun.household.Standard;
import org.jingzhun.signoff.SignOff;

/** {@code GET /api/households/{id}}: profile, members, a summary of the three ledgers, status, stage, open steps. */
record HouseholdJson(Long id, String householdNumber, String villageCode, String villageName, String headName,
        String phone, String bankAccount, Attribute attribute, Standard standard, HouseholdStatus status, Stage stage,
        int declaredSize, Cause mainCause, List<Cause> secondaryCauses, LocalDate appliedOn,
        LocalDate firstIdentifiedOn, Integer plannedExitYear, String responsibleCadre, LocalDate exitDate,
        LocalDate bufferEndDate, boolean monitored, List<MemberView> members, Ledgers ledgers,
        List<OpenTask> openTasks, List<String> currentSteps) {

    static HouseholdJson of(HouseholdFile file) {
        Household h = file.household();
        return new HouseholdJson(h.getId(), h.getHouseholdNumber(), h.getVillageCode(), file.villageName(),
                h.getHeadName(), h.getPhone(), file.bankAccount(), h.getAttribute(), h.getStandard(), h.getStatus(),
                h.getStage(), h.getDeclaredSize(), h.getMainCause(), h.secondaryCauses(), h.getAppliedOn(),
                h.getFirstIdentifiedOn(), h.getPlannedExitYear(), h.getResponsibleCadre(), h.getExitDate(),
                h.getBufferEndDate(), h.isMonitored(), file.members(), Ledgers.of(file), file.openTasks(),
                file.activeSteps() == null ? List.of() : file.activeSteps());
    }

    record Ledgers(List<IncomeYear> income, MeasureFunds measures, Responsibility responsibility) {

        static Ledgers of(HouseholdFile file) {
            List<IncomeYear> income = file.income()
                .stream()
                .map(line -> new IncomeYear(line.record().getYear(), line.record().getMemberCount(),
                        line.record().getPerCapitaNet(), line.povertyLine(), line.aboveLine()))
                .toList();
            var totals = file.measureTotals();
            MeasureFunds measures = new MeasureFunds(totals.inForce(), totals.delivered(), totals.plannedCost(),
                    totals.actualCost());
            LocalDate lastVisit = file.visits()
                .stream()
                .map(Visit::getVisitedOn)
                .max(Comparator.naturalOrder())
                .orElse(null);
            Instant lastSignOff = file.signOffs()
                .stream()
                .map(SignOff::getSignedAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
            return new Ledgers(income, measures, new Responsibility(file.household().getResponsibleCadre(),
                    file.visits().size(), lastVisit, file.signOffs().size(), lastSignOff));
        }
    }

    record IncomeYear(int year, int memberCount, BigDecimal perCapitaNet, BigDecimal povertyLine,
            Boolean aboveLine) {
    }

    record MeasureFunds(int inForce, int delivered, BigDecimal plannedCost, BigDecimal actualCost) {
    }

    record Responsibility(String responsibleCadre, int visits, LocalDate lastVisitedOn, int signOffs,
            Instant lastSignedAt) {
    }

}
