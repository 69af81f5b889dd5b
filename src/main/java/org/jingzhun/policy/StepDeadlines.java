package org.jingzhun.policy;

/** A workflow step's due period and the escalation delay after it, side by side as administrators think of them. */
public record StepDeadlines(String step, PolicyEntry due, PolicyEntry escalation) {
}
