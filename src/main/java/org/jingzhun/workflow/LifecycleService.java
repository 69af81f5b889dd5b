package org.jingzhun.workflow;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.jingzhun.household.HouseholdApplication;
import org.jingzhun.household.HouseholdService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A household application starts its lifecycle in the same transaction that stores it. */
@Service
public class LifecycleService {

    public static final String PROCESS_KEY = "HouseholdLifecycleProcess";

    private final HouseholdService households;

    private final RuntimeService runtimeService;

    LifecycleService(HouseholdService households, RuntimeService runtimeService) {
        this.households = households;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public Long apply(HouseholdApplication application, String actor) {
        Long id = households.apply(application, actor);
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, id.toString(), Map.of(ProcessVariables.HOUSEHOLD_ID, id));
        return id;
    }

}
