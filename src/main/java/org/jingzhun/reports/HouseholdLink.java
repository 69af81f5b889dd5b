package org.jingzhun.reports;

/** A household as the village drill-down lists it, linking to its file. */
public record HouseholdLink(Long id, String number, String headName, String status) {
}
