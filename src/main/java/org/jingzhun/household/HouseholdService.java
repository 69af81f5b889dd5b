package org.jingzhun.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityNotFoundException;

import org.jingzhun.area.AreaService;
import org.jingzhun.system.Today;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class HouseholdService {

    private static final int PLANNED_EXIT_YEARS_BACK = 1;
    private static final int PLANNED_EXIT_YEARS_AHEAD = 10;

    private final HouseholdRepository households;
    private final LivingConditionsRepository conditions;
    private final ApplicationValidator validator;
    private final AreaService areas;
    private final Today today;

    public HouseholdService(HouseholdRepository households, LivingConditionsRepository conditions,
            MemberRepository members, AreaService areas, Today today) {
        this.households = households;
        this.conditions = conditions;
        this.validator = new ApplicationValidator(areas, members, today);
        this.areas = areas;
        this.today = today;
    }

    /** Stores a valid application and returns the new household's id; an invalid one stores nothing. */
    public Long apply(HouseholdApplication app, String actor) {
        List<ResidentId> ids = validator.validate(app);
        areas.lockVillage(app.villageCode());
        Household household = new Household(nextNumber(app.villageCode()), app.villageCode(), app.headName().strip(),
                app.mainCause(), today.date(), actor);
        household.setSecondaryCauses(app.secondaryCauses());
        household.setPhone(blankToNull(app.phone()));
        household.setBankAccount(app.bankAccount() == null ? null : blankToNull(app.bankAccount().replace(" ", "")));
        household.setDeclaredSize(app.declaredSize());
        if (app.attribute() != null) {
            household.setAttribute(app.attribute());
        }
        if (app.standard() != null) {
            household.setStandard(app.standard());
        }
        for (int i = 0; i < ids.size(); i++) {
            household.addMember(app.members().get(i).toMember(ids.get(i)));
        }
        households.save(household);
        LivingConditions living = new LivingConditions(household.getId());
        living.setHousingGrade(app.housingGrade());
        living.setSafeDrinkingWater(Boolean.TRUE.equals(app.safeDrinkingWater()));
        living.setCultivatedLand(app.cultivatedLand());
        living.setRoadDistanceKm(app.roadDistanceKm());
        conditions.save(living);
        return household.getId();
    }

    @Transactional(readOnly = true)
    public Household get(Long id) {
        return households.findById(id)
                .orElseThrow(() -> new EntityNotFoundException("Household " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public LivingConditions livingConditions(Long id) {
        return conditions.findById(id)
                .orElseThrow(() -> new EntityNotFoundException("Household " + id + " has no living conditions"));
    }

    public void updateSurvey(Long id, SurveyData survey) {
        Household household = get(id);
        List<Violation> violations = new ArrayList<>(Household.causeViolations(survey.mainCause(),
                survey.secondaryCauses()));
        if (survey.attribute() == null) {
            violations.add(new Violation("attribute", "validation.attribute.required"));
        }
        if (survey.housingGrade() == null) {
            violations.add(new Violation("housingGrade", "validation.housingGrade.required"));
        }
        ApplicationValidator.notNegative(violations, "roadDistanceKm", survey.roadDistanceKm());
        ApplicationValidator.notNegative(violations, "cultivatedLand", survey.cultivatedLand());
        ValidationException.throwIfAny(violations);
        household.setCauses(survey.mainCause(), survey.secondaryCauses());
        household.setAttribute(survey.attribute());
        LivingConditions living = conditions.findById(id).orElseGet(() -> new LivingConditions(id));
        living.setHousingGrade(survey.housingGrade());
        living.setSafeDrinkingWater(Boolean.TRUE.equals(survey.safeDrinkingWater()));
        living.setRoadDistanceKm(survey.roadDistanceKm());
        living.setCultivatedLand(survey.cultivatedLand());
        conditions.save(living);
    }

    /** What a visit saw of the two conditions that can change between surveys: drinking water and housing. */
    public void observeLivingConditions(Long id, boolean safeDrinkingWater, HousingGrade housingGrade) {
        if (housingGrade == null) {
            throw new ValidationException(new Violation("housingGrade", "validation.housingGrade.required"));
        }
        get(id);
        LivingConditions living = conditions.findById(id).orElseGet(() -> new LivingConditions(id));
        living.setSafeDrinkingWater(safeDrinkingWater);
        living.setHousingGrade(housingGrade);
        conditions.save(living);
    }

    public void register(Long id, String actor) {
        get(id).register(today.date(), actor);
    }

    public void reject(Long id, String actor, String reason) {
        get(id).changeStatus(HouseholdStatus.REJECTED, actor, reason);
    }

    public void assignHelper(Long id, String userId, int plannedExitYear) {
        Household household = get(id);
        int year = today.date().getYear();
        List<Violation> violations = new ArrayList<>();
        if (userId == null || userId.isBlank()) {
            violations.add(new Violation("helper", "validation.helper.required"));
        }
        if (plannedExitYear < year - PLANNED_EXIT_YEARS_BACK || plannedExitYear > year + PLANNED_EXIT_YEARS_AHEAD) {
            violations.add(new Violation("plannedExitYear", "validation.plannedExitYear.range", plannedExitYear,
                    year - PLANNED_EXIT_YEARS_BACK, year + PLANNED_EXIT_YEARS_AHEAD));
        }
        ValidationException.throwIfAny(violations);
        household.assignHelper(userId.strip(), plannedExitYear);
    }

    public void enterStage(Long id, Stage stage) {
        get(id).enterStage(stage);
    }

    public void recordExit(Long id, LocalDate exitDate, int bufferYears, String actor) {
        if (exitDate == null || bufferYears < 0) {
            throw new IllegalArgumentException("an exit needs a date and a buffer of zero or more years");
        }
        get(id).exit(exitDate, bufferYears, actor);
    }

    public void rejectExit(Long id, String actor, String reason) {
        get(id).noteUnchangedStatus(actor, reason);
    }

    public void recordReturnToPoverty(Long id, String actor, String reason) {
        get(id).returnToPoverty(actor, reason);
    }

    public void recordStableExit(Long id, String actor) {
        get(id).changeStatus(HouseholdStatus.STABLE, actor, null);
    }

    public void startMonitoring(Long id, LocalDate since) {
        get(id).startMonitoring(since == null ? today.date() : since);
    }

    public void endMonitoring(Long id) {
        get(id).endMonitoring(today.date());
    }

    private String nextNumber(String villageCode) {
        int next = households.findLastHouseholdNumber(villageCode)
                .map(last -> Integer.parseInt(last.substring(last.lastIndexOf('-') + 1)) + 1)
                .orElse(1);
        return String.format("%s-%04d", villageCode, next);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
