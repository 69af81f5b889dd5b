package org.jingzhun.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An income record whose sums do not add up: transfer income below the sum of its itemised parts (the entry form
 * refuses that, imported or older rows may not), or a per-capita net income other than (wage + business + property +
 * transfer - business expenses) / member count, the formula IncomeRecord uses. The newest such year is named.
 */
@Component
class IncomeSumRule implements QualityRule {

    static final String CODE = "INCOME_SUM";

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final NamedParameterJdbcTemplate jdbc;

    IncomeSumRule(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<Breach> check(RuleScope scope) {
        Map<Long, Breach> breaches = new LinkedHashMap<>();
        jdbc.query("""
                select r.household_id, r.income_year, r.transfer,
                       r.subsistence_allowance + r.destitute_support + r.pension + r.ecological_compensation
                           + r.other_transfer,
                       r.wage + r.business + r.property + r.transfer - r.business_expenses,
                       r.member_count, r.per_capita_net
                  from income_record r join household h on h.id = r.household_id
                 where %s
                 order by r.household_id, r.income_year desc
                """.formatted(scope.where("h")), scope.parameters(), rs -> {
                    long household = rs.getLong(1);
                    BigDecimal transfer = rs.getBigDecimal(3);
                    BigDecimal parts = rs.getBigDecimal(4);
                    int members = rs.getInt(6);
                    BigDecimal recorded = rs.getBigDecimal(7);
                    BigDecimal computed = members > 0
                            ? rs.getBigDecimal(5).divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP)
                            : recorded;
                    boolean transferShort = transfer.compareTo(parts) < 0;
                    boolean perCapitaOff = computed.subtract(recorded).abs().compareTo(CENT) > 0;
                    if (transferShort || perCapitaOff) {
                        breaches.putIfAbsent(household, new Breach(household, rs.getInt(2), plain(transfer),
                                plain(parts), plain(recorded), plain(computed)));
                    }
                });
        return List.copyOf(breaches.values());
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
