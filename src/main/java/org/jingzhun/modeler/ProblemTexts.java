package org.jingzhun.modeler;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Problems as the administrator reads them: "Task_Survey (line 42): …" in the page's language. */
@Component
class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<String> render(List<ModelProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        return problems.stream().map(problem -> render(problem, locale)).toList();
    }

    private String render(ModelProblem problem, Locale locale) {
        Object[] args = java.util.Arrays.stream(problem.args()).map(String::valueOf).toArray();
        String text = messages.getMessage(problem.code(), args, problem.code(), locale);
        if (problem.element() != null && problem.line() > 0) {
            return messages.getMessage("modeler.problem.atElementLine",
                    new Object[] { problem.element(), String.valueOf(problem.line()), text }, locale);
        }
        if (problem.element() != null) {
            return messages.getMessage("modeler.problem.atElement", new Object[] { problem.element(), text }, locale);
        }
        if (problem.line() > 0) {
            return messages.getMessage("modeler.problem.atLine", new Object[] { String.valueOf(problem.line()), text },
                    locale);
        }
        return text;
    }

}
