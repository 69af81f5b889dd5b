package org.jingzhun.monitoring;

import java.math.BigDecimal;

/** What the investigation of a hardship report found: the kind of hardship, the income now and a description. */
public record HardshipFindings(HardshipType hardshipType, BigDecimal incomeEstimate, String description) {
}
