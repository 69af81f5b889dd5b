package org.jingzhun.task;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.jingzhun.workflow.EscalationService;
import org.springframework.stereotype.Component;

/** Who was told about an overdue task, and when: its reminders and escalations, groups by their names. */
@Component
class EscalationLadder {

    private final EscalationService escalations;

    private final IdentityService identityService;

    EscalationLadder(EscalationService escalations, IdentityService identityService) {
        this.escalations = escalations;
        this.identityService = identityService;
    }

    List<EscalationStep> of(String taskId) {
        return escalations.forTask(taskId)
            .stream()
            .map(e -> new EscalationStep(e.getLevel(), told(e.getRecipient()), e.getNotifiedAt()))
            .toList();
    }

    /** The recipient column holds a user id or comma-separated group ids. */
    private String told(String recipient) {
        return String.join(", ", Arrays.stream(recipient.split(",")).filter(id -> !id.isBlank()).map(id -> {
            Group group = identityService.createGroupQuery().groupId(id).singleResult();
            return group == null || group.getName() == null ? id : group.getName();
        }).toList());
    }

}
