package org.jingzhun.monitoring;

/** A hardship report was stored; published inside the reporting transaction. */
public record HardshipReportReceived(HardshipReport report) {
}
