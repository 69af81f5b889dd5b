package org.jingzhun.household;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** One year's income as entered; the five transfer parts break {@code transfer} down and may be null. */
public record IncomeEntry(Integer year, BigDecimal wage, BigDecimal business, BigDecimal property,
        BigDecimal transfer, BigDecimal subsistenceAllowance, BigDecimal destituteSupport, BigDecimal pension,
        BigDecimal ecologicalCompensation, BigDecimal otherTransfer, BigDecimal businessExpenses) {

    Map<String, BigDecimal> mainParts() {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        parts.put("wage", wage);
        parts.put("business", business);
        parts.put("property", property);
        parts.put("transfer", transfer);
        parts.put("businessExpenses", businessExpenses);
        return parts;
    }

    Map<String, BigDecimal> transferParts() {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        parts.put("subsistenceAllowance", subsistenceAllowance);
        parts.put("destituteSupport", destituteSupport);
        parts.put("pension", pension);
        parts.put("ecologicalCompensation", ecologicalCompensation);
        parts.put("otherTransfer", otherTransfer);
        return parts;
    }
}
