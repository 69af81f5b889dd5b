package org.jingzhun.household;

import java.util.List;

import org.jingzhun.assistance.Measure;
import org.jingzhun.assistance.Visit;
import org.jingzhun.signoff.SignOff;

/**
 * A household's file (档案): profile and members, the three ledgers (三本账: household and income by year; assistance
 * measures and funds; responsibility, visits and sign-offs), the lifecycle timeline, the open steps and where the
 * current stage stands. {@code activeSteps} is null when no process of the household runs any more.
 */
public record HouseholdFile(Household household, String villageName, boolean fullIds, String bankAccount,
        LivingConditions living, List<MemberView> members, List<IncomeLine> income, List<Measure> measures,
        MeasureTotals measureTotals, List<Visit> visits, List<SignOff> signOffs, List<TimelineEntry> timeline,
        List<OpenTask> openTasks, List<String> activeSteps) {

    public boolean hasDiagram() {
        return activeSteps != null;
    }

    /** For the viewer's data-active attribute: "Task_A,Task_B". */
    public String activeStepIds() {
        return activeSteps == null ? "" : String.join(",", activeSteps);
    }

}
