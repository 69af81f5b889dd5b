package org.jingzhun.household;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jingzhun.assistance.FundSource;
import org.jingzhun.assistance.Measure;
import org.jingzhun.assistance.MeasureStatus;

/**
 * The funds of the assistance ledger: planned cost of the measures in force (cancelled ones are superseded plans),
 * the actual cost of those delivered, and the planned cost by fund source.
 */
public record MeasureTotals(int inForce, int delivered, BigDecimal plannedCost, BigDecimal actualCost,
        Map<FundSource, BigDecimal> byFundSource) {

    public static MeasureTotals of(List<Measure> measures) {
        List<Measure> inForce = measures.stream().filter(m -> m.getStatus() != MeasureStatus.CANCELLED).toList();
        List<Measure> delivered = inForce.stream().filter(m -> m.getStatus() == MeasureStatus.DELIVERED).toList();
        Map<FundSource, BigDecimal> byFund = new EnumMap<>(FundSource.class);
        inForce.stream()
            .filter(m -> m.getFundSource() != null && m.getCost() != null)
            .forEach(m -> byFund.merge(m.getFundSource(), m.getCost(), BigDecimal::add));
        return new MeasureTotals(inForce.size(), delivered.size(), sum(inForce.stream().map(Measure::getCost).toList()),
                sum(delivered.stream().map(Measure::getActualCost).toList()), byFund);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
