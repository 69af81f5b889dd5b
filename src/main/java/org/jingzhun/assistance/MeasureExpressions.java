package org.jingzhun.assistance;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code ${measures.toDeliver(householdId)}}: the collection of the multi-instance Task_DeliverMeasure. */
@Component("measures")
public class MeasureExpressions {

    private final MeasureService measures;

    MeasureExpressions(MeasureService measures) {
        this.measures = measures;
    }

    public List<Long> toDeliver(Long householdId) {
        return measures.toDeliver(householdId);
    }

}
