package org.jingzhun.quality;

import java.util.ArrayList;
import java.util.List;

import org.jingzhun.exit.ExitAssessmentService;
import org.jingzhun.exit.ExitIndicators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A recorded exit (exited or stable household) whose indicators, read the way the exit check reads them, fail a veto
 * indicator or put per-capita income under the poverty line of the income's year. SQL narrows the scope to exited
 * households; the exit feature's own indicator reading decides, so both never disagree on what "fails" means.
 */
@Component
class ExitBelowStandardRule implements QualityRule {

    static final String CODE = "EXIT_BELOW_STANDARD";

    private static final Logger LOG = LoggerFactory.getLogger(ExitBelowStandardRule.class);

    private final NamedParameterJdbcTemplate jdbc;

    private final ExitAssessmentService exits;

    ExitBelowStandardRule(NamedParameterJdbcTemplate jdbc, ExitAssessmentService exits) {
        this.jdbc = jdbc;
        this.exits = exits;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Breach> check(RuleScope scope) {
        List<Long> exited = jdbc.queryForList("""
                select h.id from household h
                 where %s and h.exit_date is not null and h.status in ('EXITED', 'STABLE')
                 order by h.id
                """.formatted(scope.where("h")), scope.parameters(), Long.class);
        List<Breach> breaches = new ArrayList<>();
        for (Long id : exited) {
            try {
                ExitIndicators indicators = exits.indicators(id);
                List<String> failed = failed(indicators);
                if (!failed.isEmpty()) {
                    breaches.add(new Breach(id, indicators.perCapitaIncome().toPlainString(),
                            indicators.povertyLine().toPlainString(), indicators.incomeYear(),
                            String.join(",", failed)));
                }
            } catch (RuntimeException e) {
                // e.g. an income year before the first poverty line: the run goes on, the log says which household
                LOG.warn("Exit indicators of household {} cannot be read: {}", id, e.getMessage());
            }
        }
        return breaches;
    }

    /** The failing indicators by the keys approval.indicator.* uses, income first. */
    static List<String> failed(ExitIndicators i) {
        List<String> failed = new ArrayList<>();
        if (i.perCapitaIncome().compareTo(i.povertyLine()) < 0) {
            failed.add("income");
        }
        addIf(failed, !i.foodSecure(), "food");
        addIf(failed, !i.clothingSecure(), "clothing");
        addIf(failed, !i.safeWater(), "water");
        addIf(failed, !i.schoolingSecured(), "schooling");
        addIf(failed, !i.medicalInsured(), "medical");
        addIf(failed, !i.housingSafe(), "housing");
        return failed;
    }

    private static void addIf(List<String> list, boolean condition, String key) {
        if (condition) {
            list.add(key);
        }
    }
}
