package org.jingzhun.exit;

/** The exit rule's answer: eligible, or the first failing indicator (income, food, …, housing). */
public record ExitAssessment(boolean eligible, String failedIndicator, ExitIndicators indicators) {
}
