package org.jingzhun.household;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaService;
import org.jingzhun.assistance.MeasureService;
import org.jingzhun.assistance.VisitService;
import org.jingzhun.notice.PublicNoticeRepository;
import org.jingzhun.policy.PolicyService;
import org.jingzhun.security.UserScope;
import org.jingzhun.signoff.SignOffService;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.workflow.StageDiagrams;
import org.jingzhun.workflow.StageDiagrams.CurrentStage;
import org.jingzhun.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a household's file together from the feature services, for a user whose areas cover the household. */
@Service
@Transactional(readOnly = true)
public class HouseholdFileService {

    private static final Map<String, Stage> STAGE_ACTIVITIES = Map.of("CallActivity_Identification",
            Stage.IDENTIFICATION, "CallActivity_Assistance", Stage.ASSISTANCE, "CallActivity_ExitVerification",
            Stage.EXIT_VERIFICATION, "CallActivity_PostExit", Stage.POST_EXIT);

    private final HouseholdAccess access;

    private final AreaService areas;

    private final LivingConditionsRepository conditions;

    private final IncomeService income;

    private final PolicyService policy;

    private final MeasureService measures;

    private final VisitService visits;

    private final SignOffService signOffs;

    private final PublicNoticeRepository notices;

    private final WorkflowService workflow;

    private final StageDiagrams stages;

    HouseholdFileService(HouseholdAccess access, AreaService areas, LivingConditionsRepository conditions,
            IncomeService income, PolicyService policy, MeasureService measures, VisitService visits,
            SignOffService signOffs, PublicNoticeRepository notices, WorkflowService workflow, StageDiagrams stages) {
        this.access = access;
        this.areas = areas;
        this.conditions = conditions;
        this.income = income;
        this.policy = policy;
        this.measures = measures;
        this.visits = visits;
        this.signOffs = signOffs;
        this.notices = notices;
        this.workflow = workflow;
        this.stages = stages;
    }

    public HouseholdFile file(Long householdId, UserScope scope) {
        Household household = access.require(householdId, scope);
        boolean fullIds = IdVisibility.full(scope, household.getVillageCode());
        var signed = signOffs.forHousehold(householdId);
        var measureLedger = measures.ledger(householdId);
        return new HouseholdFile(household, villageName(household.getVillageCode()), fullIds,
                IdVisibility.show(household.getBankAccount(), fullIds),
                conditions.findById(householdId).orElse(null),
                household.getMembers().stream().map(m -> MemberView.of(m, fullIds)).toList(),
                income.ledger(householdId).stream().map(r -> new IncomeLine(r, povertyLine(r.getYear()))).toList(),
                measureLedger, MeasureTotals.of(measureLedger), visits.ledger(householdId), signed,
                TimelineEntry.of(stagesEntered(householdId), signed,
                        notices.findByHouseholdIdOrderByPublishedAtDesc(householdId), household.getStatusHistory()),
                openTasks(householdId), stages.current(householdId).map(CurrentStage::activeActivityIds).orElse(null));
    }

    /** The open steps of a household in the user's areas. */
    public List<OpenTask> openTasks(Long householdId, UserScope scope) {
        access.require(householdId, scope);
        return openTasks(householdId);
    }

    /** The BPMN of the household's current stage, for the diagram viewer; "not found" once nothing runs. */
    public byte[] currentDiagram(Long householdId, UserScope scope) {
        access.require(householdId, scope);
        return stages.current(householdId)
            .map(current -> stages.model(current.processDefinitionId()))
            .orElseThrow(() -> new NotFoundException("running stage of household " + householdId));
    }

    public String villageName(String villageCode) {
        return areas.find(villageCode).map(Area::getName).orElse(villageCode);
    }

    private List<OpenTask> openTasks(Long householdId) {
        return workflow.openTasks(householdId).stream().map(OpenTask::of).toList();
    }

    private List<TimelineEntry.StageVisit> stagesEntered(Long householdId) {
        return stages.stagesEntered(householdId)
            .stream()
            .filter(entered -> STAGE_ACTIVITIES.containsKey(entered.activityId()))
            .map(entered -> new TimelineEntry.StageVisit(STAGE_ACTIVITIES.get(entered.activityId()),
                    entered.startedAt()))
            .toList();
    }

    private BigDecimal povertyLine(int year) {
        try {
            return policy.povertyLine(year);
        }
        catch (IllegalArgumentException noLineForThatYear) {
            return null;
        }
    }

}
