package org.jingzhun.modeler;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jingzhun.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor page: the in-browser editor (the model-editor bundle) works on the latest source in #model-source and
 * the form deploys it, or only validates it. A refusal shows the editor again with the submitted text.
 */
@Controller
class ModelEditorController {

    static final String VIEW = "modeler/editor";

    private final ModelCatalog catalog;

    private final ModelDeployments deployments;

    private final StarterModels starters;

    private final ProblemTexts texts;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    ModelEditorController(ModelCatalog catalog, ModelDeployments deployments, StarterModels starters,
            ProblemTexts texts, CurrentUser currentUser, MessageSource messages) {
        this.catalog = catalog;
        this.deployments = deployments;
        this.starters = starters;
        this.texts = texts;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/admin/models/{kind}/{key}/edit")
    String edit(@PathVariable String kind, @PathVariable String key, Model model) {
        ModelKind modelKind = ModelKind.ofPath(kind);
        String source = catalog.latestSource(modelKind, ModelKind.checkedKey(key));
        model.addAttribute("baseVersion", catalog.latestVersion(modelKind, key));
        return editor(model, modelKind, key, source, "", List.of(), null);
    }

    @GetMapping("/admin/models/{kind}/new")
    String create(@PathVariable String kind, Model model) {
        ModelKind modelKind = ModelKind.ofPath(kind);
        return editor(model, modelKind, "", starters.source(modelKind), "", List.of(), null);
    }

    /**
     * @param baseVersion the version the editor was opened on: when another administrator deployed a newer one
     *     since, deploying would silently drop their changes, so the first attempt is refused and says so; the page
     *     then carries the newer number, and deploying again replaces it on purpose
     */
    @PostMapping("/admin/models/deploy")
    String deploy(@RequestParam String kind, @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String content, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean validateOnly,
            @RequestParam(required = false) Integer baseVersion, Model model, RedirectAttributes redirect) {
        ModelKind modelKind = ModelKind.ofPath(kind);
        model.addAttribute("baseVersion", baseVersion);
        if (!key.isBlank()) {
            ModelKind.checkedKey(key);
            int latest = catalog.latestVersion(modelKind, key);
            if (!validateOnly && baseVersion != null && baseVersion < latest) {
                model.addAttribute("baseVersion", latest);
                return editor(model, modelKind, key, content, reason,
                        texts.render(List.of(ModelProblem.of("modeler.problem.stale", latest, baseVersion))), null);
            }
        }
        ModelDeployments.Outcome outcome = deployments.deploy(new ModelDeployments.Request(modelKind, key, null,
                content.getBytes(StandardCharsets.UTF_8), reason, DeploymentSource.EDITOR,
                currentUser.scope().userId(), validateOnly));
        if (outcome.deployed()) {
            redirect.addFlashAttribute("message", messages.getMessage("modeler.deployed",
                    new Object[] { outcome.model().key(), String.valueOf(outcome.version()) },
                    LocaleContextHolder.getLocale()));
            return "redirect:/admin/models/" + modelKind.path() + "/" + outcome.model().key();
        }
        String valid = outcome.ok() ? messages.getMessage("modeler.valid", null, LocaleContextHolder.getLocale())
                : null;
        return editor(model, modelKind, key, content, reason, texts.render(outcome.problems()), valid);
    }

    private String editor(Model model, ModelKind kind, String key, String content, String reason,
            List<String> problems, String valid) {
        model.addAttribute("kind", kind);
        model.addAttribute("key", key);
        model.addAttribute("source", content);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        model.addAttribute("valid", valid);
        return VIEW;
    }

}
