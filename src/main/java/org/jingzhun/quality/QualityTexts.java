package org.jingzhun.quality;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jingzhun.household.Sex;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A finding in words: the rule's name and its details, from quality.rule.* and quality.details.* messages. */
@Component("qualityTexts")
public class QualityTexts {

    private static final Set<String> SEXES = Arrays.stream(Sex.values()).map(Enum::name).collect(Collectors.toSet());

    /** Position of the failing indicators among EXIT_BELOW_STANDARD's details. */
    private static final int FAILED_INDICATORS = 3;

    private final MessageSource messages;

    QualityTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String rule(String code, Locale locale) {
        return messages.getMessage("quality.rule." + code, null, code, locale);
    }

    public String details(Finding finding, Locale locale) {
        Object[] arguments = finding.detailArguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String value && SEXES.contains(value)) {
                arguments[i] = messages.getMessage("household.sex." + value, null, value, locale);
            }
        }
        if (ExitBelowStandardRule.CODE.equals(finding.ruleCode()) && arguments.length > FAILED_INDICATORS) {
            arguments[FAILED_INDICATORS] = indicators(arguments[FAILED_INDICATORS].toString(), locale);
        }
        return messages.getMessage("quality.details." + finding.ruleCode(), arguments,
                finding.details() == null ? "" : finding.details(), locale);
    }

    /** "income,housing" as stored, in the reader's words: the exit check's indicator names. */
    private String indicators(String stored, Locale locale) {
        String separator = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", ";
        return Arrays.stream(stored.split(","))
            .map(key -> messages.getMessage(("income".equals(key) ? "quality.indicator." : "approval.indicator.") + key,
                    null, key, locale))
            .collect(Collectors.joining(separator));
    }

    public String describe(Finding finding, Locale locale) {
        return messages.getMessage("quality.describe",
                new Object[] { rule(finding.ruleCode(), locale), details(finding, locale) }, locale);
    }
}
