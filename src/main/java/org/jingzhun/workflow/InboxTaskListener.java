package org.jingzhun.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jingzhun.assessment.TaskRecorder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox read model beside every user task of every model. Registered by {@link InboxEnginePlugin} as a
 * built-in listener, so it also runs when an administrator cancels an instance skipping custom listeners.
 */
@Component
class InboxTaskListener implements TaskListener {

    /** "update" covers claim, unclaim, due and follow-up dates and priority; "assignment" follows it on claims. */
    static final List<String> EVENTS = List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE,
            EVENTNAME_COMPLETE, EVENTNAME_DELETE);

    private final InboxReadModel readModel;

    private final ApplicationEventPublisher events;

    private final TaskRecorder recorder;

    InboxTaskListener(InboxReadModel readModel, ApplicationEventPublisher events, TaskRecorder recorder) {
        this.readModel = readModel;
        this.events = events;
        this.recorder = recorder;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_COMPLETE -> {
                // the assessment's timeliness record, in the same transaction as the completion
                recorder.completed(task);
                readModel.remove(task.getId());
            }
            case EVENTNAME_DELETE -> readModel.remove(task.getId());
            default -> {
                OpenTask open = OpenTask.of(task);
                readModel.save(open);
                if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && open.assignee() != null) {
                    events.publishEvent(new TaskAssigned(open.id(), open.key(), open.name(), open.assignee(),
                            open.householdId(), open.due()));
                }
            }
        }
    }

}
