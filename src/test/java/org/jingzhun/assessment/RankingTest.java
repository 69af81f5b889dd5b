package org.jingzhun.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jingzhun.system.Csv;
import org.junit.jupiter.api.Test;

/** Score formula, rank order and ties, without the database. */
class RankingTest {

    static Weights defaults() {
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        values.put(Indicator.EXITS_VS_PLAN, new BigDecimal("30"));
        values.put(Indicator.STABLE_EXITS, new BigDecimal("25"));
        values.put(Indicator.RETURNS, new BigDecimal("-15"));
        values.put(Indicator.ON_TIME, new BigDecimal("20"));
        values.put(Indicator.QUALITY_FINDINGS, new BigDecimal("-10"));
        return new Weights(values);
    }

    /** Only exits against plan defined, besides one household without findings. */
    static Figures exits(long achieved, long planned) {
        return new Figures(planned, achieved, 0, 0, 0, 0, 0, planned, 0);
    }

    @Test
    void bestResultOnEveryIndicatorScoresHundred() {
        Figures best = new Figures(4, 4, 10, 10, 0, 8, 8, 20, 0);

        assertThat(defaults().score(best)).isEqualByComparingTo("100.0");
    }

    @Test
    void worstResultOnEveryIndicatorScoresZero() {
        Figures worst = new Figures(4, 0, 10, 0, 10, 8, 0, 20, 20);

        assertThat(defaults().score(worst)).isEqualByComparingTo("0.0");
    }

    @Test
    void moreExitsThanPlannedCountAsThePlan() {
        assertThat(defaults().score(exits(5, 2))).isEqualByComparingTo("100.0");
    }

    @Test
    void indicatorWithoutDenominatorIsLeftOutAndOthersFillTheWhole() {
        // exits 1 of 2 (weight 30) and no findings among 2 households (weight −10, best): (15 + 10) / 40
        assertThat(defaults().score(exits(1, 2))).isEqualByComparingTo("62.5");
    }

    @Test
    void nothingToMeasureGivesNoScore() {
        assertThat(defaults().score(Figures.NONE)).isNull();
    }

    @Test
    void zeroWeightLeavesTheIndicatorOut() {
        Map<Indicator, BigDecimal> values = new EnumMap<>(defaults().values());
        values.put(Indicator.EXITS_VS_PLAN, BigDecimal.ZERO);

        assertThat(new Weights(values).score(exits(0, 2))).isEqualByComparingTo("100.0");
    }

    @Test
    void ranksBestFirstWithTiesSharingARankAndTheNextSkipped() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Figures> figures = new LinkedHashMap<>();
        names.put("d", "无数据");
        names.put("c", "低分");
        names.put("b", "并列乙");
        names.put("a", "并列甲");
        names.put("e", "高分");
        figures.put("c", exits(0, 2));
        figures.put("b", exits(1, 2));
        figures.put("a", exits(1, 2));
        figures.put("e", exits(2, 2));

        List<Ranked> ranked = Ranking.rank(names, figures, defaults());

        assertThat(ranked).extracting(Ranked::code).containsExactly("e", "a", "b", "c", "d");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 2, 4, null);
        assertThat(ranked.get(4).figures()).isEqualTo(Figures.NONE);
        assertThat(ranked.get(4).score()).isNull();
    }

    @Test
    void percentShowsTheShareAsItIs() {
        assertThat(new Ratio(3, 2).percent()).isEqualTo(150);
        assertThat(new Ratio(1, 3).percent()).isEqualTo(33);
        assertThat(new Ratio(0, 0).percent()).isNull();
    }

    @Test
    void yearOutsideTheRangeFallsBackToThisYearAndSaysWhich() {
        assertThat(AssessmentYear.parse(null, 2025)).extracting(AssessmentYear::value, AssessmentYear::valid)
            .containsExactly(2025, true);
        assertThat(AssessmentYear.parse("2030", 2025).valid()).isTrue();
        assertThat(AssessmentYear.parse("2031", 2025)).extracting(AssessmentYear::value, AssessmentYear::refused)
            .containsExactly(2025, "2031");
        assertThat(AssessmentYear.parse("1999", 2025).valid()).isFalse();
        assertThat(AssessmentYear.parse("二〇二五", 2025).valid()).isFalse();
    }

    @Test
    void csvQuotesSeparatorsAndDisarmsFormulas() {
        assertThat(Csv.cell("附城镇")).isEqualTo("附城镇");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(Csv.cell("\t=SUM(A1)")).isEqualTo("'\t=SUM(A1)");
        assertThat(Csv.cell("-0.25")).isEqualTo("-0.25");
    }

}
