package org.jingzhun.inbox;

/** A step the user has work in, for the inbox's step filter. */
public record StepOption(String taskKey, String name) {
}
