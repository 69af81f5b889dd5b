package org.jingzhun.notification;

/** A row a dispatcher has taken; only the holder of {@code token} may mark it sent or failed. */
record Claim(OutboxRow row, String token) {
}
