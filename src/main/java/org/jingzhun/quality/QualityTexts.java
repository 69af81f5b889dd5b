package org.jingzhun.quality;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A finding in words: the rule's name and its details, from quality.rule.* and quality.details.* messages. */
@Component("qualityTexts")
public class QualityTexts {

    private final MessageSource messages;

    QualityTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String rule(String code, Locale locale) {
        return messages.getMessage("quality.rule." + code, null, code, locale);
    }

    public String details(Finding finding, Locale locale) {
        return messages.getMessage("quality.details." + finding.ruleCode(), finding.detailArguments(),
                finding.details() == null ? "" : finding.details(), locale);
    }

    public String describe(Finding finding, Locale locale) {
        return messages.getMessage("quality.describe",
                new Object[] { rule(finding.ruleCode(), locale), details(finding, locale) }, locale);
    }
}
