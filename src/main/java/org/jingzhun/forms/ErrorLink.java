package org.jingzhun.forms;

import org.jingzhun.system.Violation;

/**
 * An entry of the error summary above the form. {@code targetId} is null for an error that belongs to no field;
 * {@code listLabel} and {@code row} name the row of a dynamic list the field is in, else they are null.
 */
public record ErrorLink(String targetId, String label, String listLabel, Integer row, Violation violation) {
}
