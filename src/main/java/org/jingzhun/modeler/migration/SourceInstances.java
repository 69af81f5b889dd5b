package org.jingzhun.modeler.migration;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jingzhun.household.Household;
import org.jingzhun.household.HouseholdRepository;
import org.jingzhun.modeler.migration.PlanView.SourceInstance;
import org.springframework.stereotype.Component;

/** The running instances of a definition, named by their household (the business key is the household id). */
@Component
class SourceInstances {

    /** More instances than this are not listed one by one on the plan page. */
    static final int LISTED = 1000;

    private final RuntimeService runtimeService;

    private final HouseholdRepository households;

    SourceInstances(RuntimeService runtimeService, HouseholdRepository households) {
        this.runtimeService = runtimeService;
        this.households = households;
    }

    List<SourceInstance> of(String definitionId) {
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
            .processDefinitionId(definitionId)
            .orderByBusinessKey()
            .asc()
            .listPage(0, LISTED);
        List<Long> ids = instances.stream().map(i -> householdId(i.getBusinessKey())).filter(Objects::nonNull).toList();
        Map<Long, Household> byId = households.findAllById(ids)
            .stream()
            .collect(Collectors.toMap(Household::getId, Function.identity()));
        return instances.stream().map(i -> {
            Long householdId = householdId(i.getBusinessKey());
            Household household = householdId == null ? null : byId.get(householdId);
            return household == null ? new SourceInstance(i.getId(), i.getBusinessKey(), null, null, null)
                    : new SourceInstance(i.getId(), i.getBusinessKey(), householdId, household.getHouseholdNumber(),
                            household.getHeadName());
        }).toList();
    }

    /** The instances of the definition among the given ids: a stale or forged id is dropped. */
    List<String> among(String definitionId, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return runtimeService.createProcessInstanceQuery()
            .processDefinitionId(definitionId)
            .processInstanceIds(Set.copyOf(ids))
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .sorted()
            .toList();
    }

    private static Long householdId(String businessKey) {
        try {
            return businessKey == null ? null : Long.valueOf(businessKey);
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

}
