package org.jingzhun.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.area.AreaRepository;
import org.jingzhun.assessment.AssessmentQueries.Unit;
import org.jingzhun.policy.PolicyService;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The assessment (考核): townships and cadres of the reviewer's areas ranked by their weighted results of a year. */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    /** Years offered besides the one shown: a few back, for comparison, and next year's plan. */
    private static final int YEARS_BACK = 5;

    private final AssessmentQueries queries;

    private final AreaRepository areas;

    private final PolicyService policy;

    private final Today today;

    AssessmentService(AssessmentQueries queries, AreaRepository areas, PolicyService policy, Today today) {
        this.queries = queries;
        this.areas = areas;
        this.policy = policy;
        this.today = today;
    }

    /**
     * @param yearText the year asked for (blank: this year)
     * @param areaCode a province, city, county or township the user reviews (blank: all of them)
     */
    public AssessmentView view(UserScope user, String yearText, String areaCode) {
        AssessmentScope scope = scope(user, areaCode);
        int current = today.date().getYear();
        AssessmentYear year = AssessmentYear.parse(yearText, current);
        Weights weights = weights();
        List<Ranked> townships = Ranking.rank(townshipNames(scope),
                byTownshipCode(queries.figures(Unit.TOWNSHIP, year.value(), scope.prefixes())), weights);
        Map<String, Figures> cadreFigures = queries.figures(Unit.CADRE, year.value(), scope.prefixes());
        Map<String, String> cadreNames = new TreeMap<>();
        cadreFigures.keySet().forEach(userId -> cadreNames.put(userId, userId));
        List<Ranked> cadres = Ranking.rank(cadreNames, cadreFigures, weights);
        return new AssessmentView(year, years(current, year.value()), scope.area(), townships, cadres, weights);
    }

    public Weights weights() {
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            values.put(indicator, policy.decimal(indicator.policyKey()));
        }
        return new Weights(values);
    }

    private AssessmentScope scope(UserScope user, String areaCode) {
        AssessmentScope scope = AssessmentScope.of(user);
        if (areaCode == null || areaCode.isBlank()) {
            return scope;
        }
        Area area = areas.findById(areaCode.strip())
            .filter(found -> found.getLevel() != AreaLevel.VILLAGE)
            .orElseThrow(() -> new NotFoundException("assessment area " + areaCode));
        return scope.narrow(user, area);
    }

    /** Every township under the scope, with or without figures: a township with nothing to show is listed too. */
    private Map<String, String> townshipNames(AssessmentScope scope) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> prefixes = scope.prefixes().isEmpty() ? List.of("") : scope.prefixes();
        for (String prefix : prefixes) {
            for (Area township : areas.findByLevelAndCodeStartingWithOrderByCode(AreaLevel.TOWNSHIP, prefix)) {
                names.put(township.getCode(), township.getName());
            }
        }
        return names;
    }

    private static Map<String, Figures> byTownshipCode(Map<String, Figures> byPrefix) {
        Map<String, Figures> byCode = new TreeMap<>();
        byPrefix.forEach((prefix, figures) -> byCode.put(prefix + "000", figures));
        return byCode;
    }

    private static List<Integer> years(int current, int shown) {
        TreeSet<Integer> years = new TreeSet<>(IntStream.rangeClosed(current - YEARS_BACK, current + 1).boxed().toList());
        years.add(shown);
        return List.copyOf(years.descendingSet());
    }

}
