package org.jingzhun.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jingzhun.workflow.EscalationLevel;
import org.jingzhun.workflow.TaskAssigned;
import org.jingzhun.workflow.TaskEscalated;
import org.jingzhun.workflow.TaskEscalation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about one task, queued in the transaction of the engine event: an assignment (to the new assignee, unless
 * they took it themselves), a reminder (to the assignee, or the groups' members while nobody holds it) and an
 * escalation (to every member of the supervising groups). Tasks without a household (test models, tasks made in
 * Tasklist) have no page to link to and get no mail.
 */
@Component
class TaskMails {

    private final MailOutbox outbox;

    private final MailRenderer renderer;

    private final Recipients recipients;

    private final MailFacts facts;

    private final Actors actors;

    TaskMails(MailOutbox outbox, MailRenderer renderer, Recipients recipients, MailFacts facts, Actors actors) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.recipients = recipients;
        this.facts = facts;
        this.actors = actors;
    }

    @EventListener
    void assigned(TaskAssigned event) {
        if (event.householdId() == null || event.assignee().equals(actors.current())) {
            return;
        }
        Optional<MailHousehold> household = facts.household(event.householdId());
        Optional<Recipient> assignee = recipients.user(event.assignee());
        if (household.isEmpty() || assignee.isEmpty()) {
            return;
        }
        MailTask task = facts.task(event.taskId(), event.taskKey(), event.name(), household.get(), event.due(),
                event.assignee(), List.of());
        outbox.enqueue(renderer.render(MailKind.TASK_ASSIGNED, "assigned:" + event.taskId() + ":" + event.assignee(),
                assignee.get(), Map.of("task", task), texts -> subject(texts, task)));
    }

    @EventListener
    void escalated(TaskEscalated event) {
        TaskEscalation escalation = event.escalation();
        Optional<MailHousehold> household = escalation.getHouseholdId() == null ? Optional.empty()
                : facts.household(escalation.getHouseholdId());
        if (household.isEmpty()) {
            return;
        }
        boolean reminder = escalation.getLevel() == EscalationLevel.REMINDER;
        List<Recipient> to = reminder && event.assignee() != null
                ? recipients.user(event.assignee()).stream().toList()
                : recipients.members(event.toldGroups());
        MailKind kind = reminder ? MailKind.REMINDER : MailKind.ESCALATION;
        MailTask task = facts.task(escalation.getTaskId(), escalation.getTaskKey(), event.taskName(),
                household.get(), event.due(), event.assignee(), event.candidateGroups());
        Map<String, Object> model = Map.of("task", task, "escalation", escalation, "assigneeName",
                event.assignee() == null ? "" : recipients.nameOf(event.assignee()), "waitingIn",
                recipients.groupNames(event.candidateGroups()));
        for (Recipient recipient : to) {
            outbox.enqueue(renderer.render(kind, "escalation:" + escalation.getTaskId() + ":"
                    + escalation.getLevel() + ":" + recipient.userId(), recipient, model,
                    texts -> subject(texts, task)));
        }
    }

    private static Object[] subject(MailTexts texts, MailTask task) {
        return new Object[] { texts.step(task.key(), task.name()), task.household().headName(),
            task.household().number() };
    }

}
