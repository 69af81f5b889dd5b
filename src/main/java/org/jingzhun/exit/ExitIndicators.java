package org.jingzhun.exit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** "一超过、两不愁、三保障": income against the year's line and the six veto indicators, as the rules read them. */
public record ExitIndicators(BigDecimal perCapitaIncome, int incomeYear, BigDecimal povertyLine, boolean foodSecure,
        boolean clothingSecure, boolean safeWater, boolean schoolingSecured, boolean medicalInsured,
        boolean housingSafe) {

    public boolean vetoFailed() {
        return !(foodSecure && clothingSecure && safeWater && schoolingSecured && medicalInsured && housingSafe);
    }

    public Map<String, Object> asRuleInputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("perCapitaIncome", perCapitaIncome.doubleValue());
        inputs.put("povertyLine", povertyLine.doubleValue());
        inputs.put("foodSecure", foodSecure);
        inputs.put("clothingSecure", clothingSecure);
        inputs.put("safeWater", safeWater);
        inputs.put("schoolingSecured", schoolingSecured);
        inputs.put("medicalInsured", medicalInsured);
        inputs.put("housingSafe", housingSafe);
        return inputs;
    }

}
