package org.jingzhun.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.jingzhun.assistance.FundSource;
import org.jingzhun.assistance.Path;
import org.jingzhun.household.Cause;

/**
 * The reports' figures counted again over the generator's own list, row key to values, without SQL: what the
 * reports must equal.
 */
final class ExpectedFigures {

    private ExpectedFigures() {
    }

    static Map<String, List<Number>> of(Report report, List<GeneratedHousehold> hs, List<String> villages) {
        Map<String, List<Number>> rows = new LinkedHashMap<>();
        switch (report) {
            case POPULATION -> villages.forEach(v -> {
                List<GeneratedHousehold> in = hs.stream().filter(h -> h.villageCode().equals(v)).toList();
                List<Number> values = new ArrayList<>(List.of(count(in, h -> true),
                        (long) in.stream().mapToInt(GeneratedHousehold::members).sum()));
                for (String s : List.of("APPLIED", "POOR", "RETURNED", "EXITED", "STABLE", "REJECTED")) {
                    values.add(count(in, h -> h.status().equals(s)));
                }
                rows.put(v, values);
            });
            case CAUSES -> Arrays.stream(Cause.values()).map(Cause::name).forEach(c -> rows.put(c, List.of(
                    count(hs, h -> !h.status().equals("REJECTED") && h.mainCause().equals(c)),
                    count(hs, h -> !h.status().equals("REJECTED")
                            && (c.equals(h.secondary1()) || c.equals(h.secondary2()))))));
            case FUNNEL -> {
                rows.put("APPLIED", List.of(count(hs, h -> true)));
                for (String s : List.of("POOR", "EXITED", "STABLE", "RETURNED")) {
                    rows.put(s, List.of(count(hs, h -> h.reached(s))));
                }
            }
            case EXITS -> {
                TreeSet<Integer> years = new TreeSet<>();
                hs.forEach(h -> {
                    if (h.plannedExitYear() != null) {
                        years.add(h.plannedExitYear());
                    }
                    if (h.exitYear() != null) {
                        years.add(h.exitYear());
                    }
                });
                years.forEach(y -> rows.put(y.toString(), List.of(count(hs, h -> y.equals(h.plannedExitYear())),
                        count(hs, h -> y.equals(h.exitYear())), count(hs, h -> y.equals(h.plannedExitYear())
                                && h.exitYear() != null && h.exitYear() <= y))));
            }
            case MEASURES -> Arrays.stream(Path.values()).map(Path::name).forEach(p -> {
                List<GeneratedHousehold.Measure> ms = inForce(hs, m -> m.path().equals(p));
                rows.put(p, List.of((long) ms.size(),
                        count(hs, h -> h.measures().stream()
                            .anyMatch(m -> m.path().equals(p) && !m.status().equals("CANCELLED"))),
                        (long) ms.stream().filter(m -> m.status().equals("DELIVERED")).count(),
                        sum(ms.stream().map(GeneratedHousehold.Measure::cost).toList()),
                        sum(ms.stream().filter(m -> m.status().equals("DELIVERED"))
                            .map(GeneratedHousehold.Measure::actualCost).toList())));
            });
            case FUNDS -> Arrays.stream(FundSource.values()).map(FundSource::name).forEach(f -> {
                List<GeneratedHousehold.Measure> ms = inForce(hs, m -> f.equals(m.fundSource()));
                rows.put(f, List.of((long) ms.size(), sum(ms.stream().map(GeneratedHousehold.Measure::cost).toList()),
                        sum(ms.stream().filter(m -> m.status().equals("DELIVERED"))
                            .map(GeneratedHousehold.Measure::actualCost).toList())));
            });
            case MONITORING -> villages.forEach(v -> {
                List<GeneratedHousehold> in = hs.stream().filter(h -> h.villageCode().equals(v)).toList();
                rows.put(v, List.of(count(in, h -> h.status().equals("EXITED")),
                        count(in, GeneratedHousehold::monitored), count(in, h -> h.status().equals("RETURNED")),
                        count(in, h -> h.reached("RETURNED"))));
            });
            case OVERDUE -> throw new IllegalArgumentException("the overdue report is checked against its own tasks");
        }
        return rows;
    }

    /** The report's rows in the same shape, money scaled like the expectation. */
    static Map<String, List<Number>> actual(ReportTable table) {
        Map<String, List<Number>> rows = new LinkedHashMap<>();
        table.rows().forEach(row -> rows.put(row.key(), row.values()
            .stream()
            .map(v -> v instanceof BigDecimal money ? (Number) money.setScale(2) : v)
            .toList()));
        return rows;
    }

    private static List<GeneratedHousehold.Measure> inForce(List<GeneratedHousehold> hs,
            Predicate<GeneratedHousehold.Measure> which) {
        return hs.stream()
            .flatMap(h -> h.measures().stream())
            .filter(m -> !m.status().equals("CANCELLED"))
            .filter(which)
            .toList();
    }

    private static Long count(List<GeneratedHousehold> hs, Predicate<GeneratedHousehold> which) {
        return hs.stream().filter(which).count();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

}
