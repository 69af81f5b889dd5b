package org.jingzhun.modeler.migration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.system.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators migrate running instances: choose the versions, read the generated plan and the engine's report,
 * map what the engine could not, dry-run, then start a run (whose progress {@link MigrationRunController} shows).
 */
@Controller
@RequestMapping("/admin/migrations")
class MigrationController {

    static final String INDEX = "migration/index";

    static final String PLAN = "migration/plan";

    static final String FORM = "form";

    private final MigrationPlanner planner;

    private final DryRun dryRun;

    private final MigrationRuns runs;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    MigrationController(MigrationPlanner planner, DryRun dryRun, MigrationRuns runs, CurrentUser currentUser,
            MessageSource messages) {
        this.planner = planner;
        this.dryRun = dryRun;
        this.runs = runs;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    String index(@RequestParam(required = false) String key, Model model) {
        List<ProcessVersions> processes = planner.processes();
        model.addAttribute("processes", processes);
        model.addAttribute("selected", processes.stream().filter(p -> p.key().equals(key)).findFirst().orElse(null));
        model.addAttribute("runs", runs.recent());
        return INDEX;
    }

    /** The generated plan; every instance of the source version is chosen until the administrator says otherwise. */
    @GetMapping("/plan")
    String plan(@ModelAttribute(FORM) MigrationForm form, Model model, Locale locale) {
        return page(form, model, locale, true);
    }

    @PostMapping("/plan")
    String validate(@ModelAttribute(FORM) MigrationForm form, Model model, Locale locale) {
        return page(form, model, locale, false);
    }

    @PostMapping("/dry-run")
    String dryRun(@ModelAttribute(FORM) MigrationForm form, Model model, Locale locale) {
        try {
            model.addAttribute("dryRun", dryRun.run(form)
                .stream()
                .collect(Collectors.toMap(InstanceResult::processInstanceId, r -> r, (a, b) -> a,
                        LinkedHashMap::new)));
        }
        catch (MigrationPlanValidationException e) {
            // the page shows the engine's report on the plan
        }
        return page(form, model, locale, false);
    }

    @PostMapping("/runs")
    String start(@ModelAttribute(FORM) MigrationForm form, Model model, Locale locale) {
        try {
            long id = runs.start(form, currentUser.scope().userId());
            return "redirect:/admin/migrations/runs/" + id;
        }
        catch (MigrationPlanValidationException e) {
            model.addAttribute("errors", List.of(messages.getMessage("migration.planInvalid", null, locale)));
        }
        catch (ValidationException e) {
            model.addAttribute("errors", texts(e, locale));
        }
        return page(form, model, locale, false);
    }

    private String page(MigrationForm form, Model model, Locale locale, boolean chooseAll) {
        try {
            PlanView plan = planner.plan(form);
            if (chooseAll) {
                form.setInstances(plan.instances().stream().map(PlanView.SourceInstance::id).toList());
            }
            model.addAttribute("plan", plan);
            return PLAN;
        }
        catch (ValidationException e) {
            model.addAttribute("errors", texts(e, locale));
            return index(null, model);
        }
    }

    private List<String> texts(ValidationException e, Locale locale) {
        return e.getViolations().stream().map(v -> messages.getMessage(v.code(), v.args(), locale)).toList();
    }

}
