package org.jingzhun.reports;

import java.math.BigDecimal;
import java.util.List;

/** A household the generator made, kept so that tests can count the expected figures without SQL. */
record GeneratedHousehold(String number, String villageCode, String status, List<String> statusPath, int members,
        String mainCause, String secondary1, String secondary2, Integer plannedExitYear, Integer exitYear,
        boolean monitored, List<Measure> measures, int incomeYears, int visits) {

    record Measure(String path, String status, BigDecimal cost, BigDecimal actualCost, String fundSource) {
    }

    boolean reached(String status) {
        return statusPath.contains(status);
    }

}
