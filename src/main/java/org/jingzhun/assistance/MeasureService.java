package org.jingzhun.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.persistence.EntityNotFoundException;

import org.jingzhun.household.Cause;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.jingzhun.workflow.Rules;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A household's assistance plan (因户施策): measures planned, replaced when a plan is sent back, delivered. */
@Service
@Transactional
public class MeasureService {

    public static final String RECOMMENDATION = "MeasureRecommendation";

    static final int SUMMARY_MAX = 500;

    static final int NOTES_MAX = 2000;

    private final MeasureRepository measures;

    private final HouseholdService households;

    private final Rules rules;

    private final MessageSource messages;

    private final Today today;

    MeasureService(MeasureRepository measures, HouseholdService households, Rules rules, MessageSource messages,
            Today today) {
        this.measures = measures;
        this.households = households;
        this.rules = rules;
        this.messages = messages;
        this.today = today;
    }

    /**
     * Stores the plan's rows (the measure-plan form's "measures") as PLANNED measures. Measures of an earlier plan
     * that were never delivered are cancelled, so a plan sent back and planned again is not counted twice.
     */
    public List<Measure> plan(Long householdId, List<? extends Map<String, ?>> rows, String summary, String actor) {
        households.get(householdId);
        List<Violation> violations = new ArrayList<>();
        List<Measure> planned = new PlanRows(householdId, violations).read(rows);
        if (planned.isEmpty() && violations.isEmpty()) {
            violations.add(new Violation(AssistanceVariables.MEASURES, "validation.measures.empty"));
        }
        if (summary != null && summary.strip().length() > SUMMARY_MAX) {
            violations.add(new Violation(AssistanceVariables.PLAN_SUMMARY, "validation.maxLength", SUMMARY_MAX));
        }
        ValidationException.throwIfAny(violations);
        String superseded = messages.getMessage("measure.superseded", new Object[] { actor }, PathLabels.FORMS);
        measures.findByHouseholdIdAndStatusOrderByIdAsc(householdId, MeasureStatus.PLANNED)
            .forEach(measure -> measure.cancel(superseded));
        return measures.saveAll(planned);
    }

    public Measure deliver(Long measureId, LocalDate deliveredOn, BigDecimal actualCost, boolean householdSigned,
            String notes) {
        Measure measure = get(measureId);
        List<Violation> violations = new ArrayList<>();
        if (measure.getStatus() != MeasureStatus.PLANNED) {
            violations.add(new Violation("measureId", "validation.measure.notPlanned", measure.getStatus()));
        }
        if (deliveredOn == null) {
            violations.add(new Violation("deliveredOn", "validation.required"));
        }
        else if (deliveredOn.isAfter(today.date())) {
            violations.add(new Violation("deliveredOn", "validation.date.future", deliveredOn));
        }
        if (actualCost != null && actualCost.signum() < 0) {
            violations.add(new Violation("actualCost", "validation.negative", actualCost));
        }
        String trimmed = notes == null || notes.isBlank() ? null : notes.strip();
        if (trimmed != null && trimmed.length() > NOTES_MAX) {
            violations.add(new Violation("deliveryNotes", "validation.maxLength", NOTES_MAX));
        }
        ValidationException.throwIfAny(violations);
        measure.deliver(deliveredOn, actualCost, householdSigned, trimmed);
        return measure;
    }

    /** The paths the MeasureRecommendation table suggests for the main and secondary causes, in enum order. */
    @Transactional(readOnly = true)
    public List<Path> recommend(Long householdId) {
        Household household = households.get(householdId);
        Set<Path> paths = EnumSet.noneOf(Path.class);
        Stream.concat(Stream.of(household.getMainCause()), household.secondaryCauses().stream())
            .filter(cause -> cause != null)
            .map(Cause::name)
            .forEach(cause -> rules.all(RECOMMENDATION, Map.of("cause", cause))
                .forEach(result -> paths.add(Path.valueOf((String) result.get("path")))));
        return List.copyOf(paths);
    }

    /** Ids of the measures still to deliver, oldest first: one Task_DeliverMeasure each. */
    @Transactional(readOnly = true)
    public List<Long> toDeliver(Long householdId) {
        return measures.findByHouseholdIdAndStatusOrderByIdAsc(householdId, MeasureStatus.PLANNED)
            .stream()
            .map(Measure::getId)
            .toList();
    }

    @Transactional(readOnly = true)
    public Measure get(Long measureId) {
        return measures.findById(measureId)
            .orElseThrow(() -> new EntityNotFoundException("Measure " + measureId + " does not exist"));
    }

    @Transactional(readOnly = true)
    public List<Measure> ledger(Long householdId) {
        return measures.findByHouseholdIdOrderByStartDateAscIdAsc(householdId);
    }

}
