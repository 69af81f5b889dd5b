package org.jingzhun.assessment;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jingzhun.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Township reviewers, county approvers and admins: the ranking of townships and cadres, and its CSV exports. */
@Controller
class AssessmentController {

    static final String VIEW = "assessment/assessment";

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AssessmentService assessment;

    private final AssessmentCsv csv;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    AssessmentController(AssessmentService assessment, AssessmentCsv csv, CurrentUser currentUser,
            MessageSource messages) {
        this.assessment = assessment;
        this.csv = csv;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/assessment")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String area,
            Model model) {
        model.addAttribute("view", assessment.view(currentUser.scope(), year, area));
        return VIEW;
    }

    @GetMapping("/assessment/townships.csv")
    ResponseEntity<byte[]> townships(@RequestParam(required = false) String year,
            @RequestParam(required = false) String area) {
        AssessmentView view = assessment.view(currentUser.scope(), year, area);
        return download(view, view.townships(), "township");
    }

    @GetMapping("/assessment/cadres.csv")
    ResponseEntity<byte[]> cadres(@RequestParam(required = false) String year,
            @RequestParam(required = false) String area) {
        AssessmentView view = assessment.view(currentUser.scope(), year, area);
        return download(view, view.cadres(), "cadre");
    }

    /** A file needs a year it can name; a refused one gets the page's message, not a file of another year. */
    private ResponseEntity<byte[]> download(AssessmentView view, List<Ranked> ranking, String unit) {
        var locale = LocaleContextHolder.getLocale();
        if (!view.year().valid()) {
            String message = messages.getMessage("assessment.year.invalid",
                    new Object[] { view.year().refused(), view.year().first(), view.year().last() }, locale);
            return ResponseEntity.badRequest()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(message.getBytes(StandardCharsets.UTF_8));
        }
        String name = "assessment-" + unit + "s-" + view.year().value()
                + (view.area() == null ? "" : "-" + view.area().getCode()) + ".csv";
        return ResponseEntity.ok()
            .contentType(CSV)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .body(csv.write(ranking, unit, locale));
    }

}
