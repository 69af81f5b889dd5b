package org.jingzhun.notification;

/** One dispatcher run: rows taken, of which sent and failed (the rest could not be marked and will come back). */
public record DispatchResult(int claimed, int sent, int failed) {
}
