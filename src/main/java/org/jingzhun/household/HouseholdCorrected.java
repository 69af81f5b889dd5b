package org.jingzhun.household;

/** Published inside the transaction that corrected a household file, after its changes are flushed. */
public record HouseholdCorrected(long householdId, String householdNumber, String villageCode, String actor) {
}
