package org.jingzhun.modeler.migration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.migration.MigrationPlan;

/**
 * One line of a migration plan as we record it with a run: readable in the table ("A -> B", "+trigger" when the
 * event trigger follows the target) and enough to rebuild the very same plan in the background.
 */
record Instruction(String source, String target, boolean updateEventTrigger) {

    private static final String ARROW = " -> ";

    private static final String TRIGGER = " +trigger";

    static List<Instruction> of(MigrationPlan plan) {
        return plan.getInstructions()
            .stream()
            .map(i -> new Instruction(i.getSourceActivityId(), i.getTargetActivityId(), i.isUpdateEventTrigger()))
            .sorted(Comparator.comparing(Instruction::source))
            .toList();
    }

    static String format(List<Instruction> instructions) {
        return instructions.stream()
            .map(i -> i.source() + ARROW + i.target() + (i.updateEventTrigger() ? TRIGGER : ""))
            .collect(Collectors.joining("\n"));
    }

    static List<Instruction> parse(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).map(line -> {
            boolean trigger = line.endsWith(TRIGGER);
            String body = trigger ? line.substring(0, line.length() - TRIGGER.length()) : line;
            int arrow = body.indexOf(ARROW);
            return new Instruction(body.substring(0, arrow), body.substring(arrow + ARROW.length()), trigger);
        }).toList();
    }

}
