package org.jingzhun.modeler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: every model with its versions; upload, download and roll back. */
@Controller
class ModelsController {

    static final String LIST = "modeler/models";

    static final String DETAIL = "modeler/model";

    private final ModelCatalog catalog;

    private final ModelDeployments deployments;

    private final ModelValidator validator;

    private final ProblemTexts texts;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    ModelsController(ModelCatalog catalog, ModelDeployments deployments, ModelValidator validator,
            ProblemTexts texts, CurrentUser currentUser, MessageSource messages) {
        this.catalog = catalog;
        this.deployments = deployments;
        this.validator = validator;
        this.texts = texts;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/admin/models")
    String list(Model model) {
        return list(model, List.of(), "");
    }

    @GetMapping("/admin/models/{kind}/{key}")
    String detail(@PathVariable String kind, @PathVariable String key, Model model) {
        ModelKind modelKind = ModelKind.ofPath(kind);
        model.addAttribute("kind", modelKind);
        model.addAttribute("key", key);
        model.addAttribute("versions", catalog.versions(modelKind, ModelKind.checkedKey(key)));
        model.addAttribute("menu", "admin");
        return DETAIL;
    }

    /** The version's file as deployed; {@code view=true} shows it as text in the browser instead. */
    @GetMapping("/admin/models/{kind}/{key}/versions/{version}")
    ResponseEntity<byte[]> file(@PathVariable String kind, @PathVariable String key, @PathVariable int version,
            @RequestParam(defaultValue = "false") boolean view) {
        ModelFile file = catalog.file(ModelKind.ofPath(kind), ModelKind.checkedKey(key), version);
        ContentDisposition disposition = (view ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(file.fileName(), StandardCharsets.UTF_8)
            .build();
        MediaType type = view ? new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)
                : new MediaType(MediaType.parseMediaType(file.contentType()), StandardCharsets.UTF_8);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(type)
            .body(file.content());
    }

    @PostMapping("/admin/models/upload")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean validateOnly, Model model, RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            return list(model, texts.render(List.of(ModelProblem.of("modeler.problem.noFile"))), reason);
        }
        ModelDeployments.Outcome outcome = deployments.deploy(new ModelDeployments.Request(null, null,
                file.getOriginalFilename(), bytes(file), reason, DeploymentSource.UPLOAD,
                currentUser.scope().userId(), validateOnly));
        if (outcome.deployed()) {
            redirect.addFlashAttribute("message", text("modeler.deployed", outcome.model().key(),
                    String.valueOf(outcome.version())));
            return "redirect:/admin/models/" + outcome.model().kind().path() + "/" + outcome.model().key();
        }
        if (outcome.ok()) {
            redirect.addFlashAttribute("message", text("modeler.validFile", file.getOriginalFilename()));
            return "redirect:/admin/models";
        }
        return list(model, texts.render(outcome.problems()), reason);
    }

    @PostMapping("/admin/models/{kind}/{key}/versions/{version}/rollback")
    String rollback(@PathVariable String kind, @PathVariable String key, @PathVariable int version,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        ModelKind modelKind = ModelKind.ofPath(kind);
        ModelDeployments.Outcome outcome = deployments.rollback(modelKind, ModelKind.checkedKey(key), version, reason,
                currentUser.scope().userId());
        if (outcome.deployed()) {
            redirect.addFlashAttribute("message", text("modeler.rolledBack", key, String.valueOf(version),
                    String.valueOf(outcome.version())));
        }
        else {
            redirect.addFlashAttribute("problems", texts.render(outcome.problems()));
        }
        return "redirect:/admin/models/" + modelKind.path() + "/" + key;
    }

    private String list(Model model, List<String> problems, String reason) {
        Map<ModelKind, List<ModelSummary>> models = new LinkedHashMap<>();
        Arrays.stream(ModelKind.values()).forEach(kind -> models.put(kind, catalog.models(kind)));
        model.addAttribute("models", models);
        model.addAttribute("problems", problems);
        model.addAttribute("reason", reason);
        model.addAttribute("maxKilobytes", validator.maxSize().toKilobytes());
        model.addAttribute("menu", "admin");
        return LIST;
    }

    private String text(String code, String... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
