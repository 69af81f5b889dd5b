package org.jingzhun.modeler.migration;

import java.util.List;

/**
 * The plan page: both definitions, the instructions the engine accepted or reported on, the active source activities
 * still unmapped with the target activities they may go to, the engine's findings and the instances to choose from.
 */
record PlanView(Definition source, Definition target, List<Instruction> instructions, List<Unmapped> unmapped,
        List<Failure> failures, List<SourceInstance> instances) {

    public boolean valid() {
        return failures.isEmpty();
    }

    record Definition(String id, String key, String name, int version) {
    }

    /** An active source activity without an equal id in the target, and the target activities of the same kind. */
    record Unmapped(String activityId, String name, String type, long instances, List<Choice> choices) {
    }

    record Choice(String activityId, String name) {
    }

    record SourceInstance(String id, String businessKey, Long householdId, String householdNumber, String headName) {
    }

}
