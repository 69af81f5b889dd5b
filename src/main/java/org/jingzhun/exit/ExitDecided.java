package org.jingzhun.exit;

/**
 * The verification ended: the household exited ({@code approved}) or stays poor. Published inside the transaction that
 * records it. {@code reason} is the deciding signature's reason; {@code failedIndicator} names the indicator when the
 * exit rule itself refused (then there is no signed reason).
 */
public record ExitDecided(Long householdId, String processInstanceId, boolean approved, String decidedBy,
        String reason, String failedIndicator) {
}
