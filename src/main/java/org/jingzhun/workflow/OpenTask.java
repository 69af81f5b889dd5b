package org.jingzhun.workflow;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** What the inbox keeps of an open task, taken from a listener's DelegateTask or, at start-up, from a queried Task. */
record OpenTask(String id, String key, String name, String assignee, List<String> candidateGroups, Date created,
        Date due, Date followUp, int priority, String processInstanceId, Long householdId) {

    static OpenTask of(DelegateTask task) {
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                groups(task.getCandidates()), task.getCreateTime(), task.getDueDate(), task.getFollowUpDate(),
                task.getPriority(), task.getProcessInstanceId(),
                householdId(task.getVariable(ProcessVariables.HOUSEHOLD_ID)));
    }

    static OpenTask of(Task task, Collection<? extends IdentityLink> links, Object householdId) {
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                groups(links), task.getCreateTime(), task.getDueDate(), task.getFollowUpDate(), task.getPriority(),
                task.getProcessInstanceId(), householdId(householdId));
    }

    static List<String> groups(Collection<? extends IdentityLink> links) {
        return links.stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .distinct()
            .sorted()
            .toList();
    }

    /** A model without a household (a test model, a task created in Tasklist) still gets a row, without one. */
    static Long householdId(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text && text.matches("\\d{1,18}")) {
            return Long.valueOf(text);
        }
        return null;
    }

}
