package org.jingzhun.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jingzhun.forms.FormBinder;
import org.jingzhun.forms.FormResult;
import org.jingzhun.forms.FormView;
import org.jingzhun.forms.RowAction;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task page: the household beside the step's form; complete, save a draft, claim, comment, attach a scan. */
@Controller
class TaskController {

    static final String VIEW = "task/task";

    private final TaskPageService tasks;

    private final AttachmentService attachments;

    private final FormBinder binder;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    TaskController(TaskPageService tasks, AttachmentService attachments, FormBinder binder, CurrentUser currentUser,
            MessageSource messages) {
        this.tasks = tasks;
        this.attachments = attachments;
        this.binder = binder;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/tasks/{taskId}")
    String show(@PathVariable String taskId, Model model) {
        TaskPage page = tasks.page(taskId, currentUser.scope());
        return render(page, page.values(), List.of(), model);
    }

    /** Add or remove a row, save a draft, or complete: one form, told apart by the button pressed. */
    @PostMapping("/tasks/{taskId}")
    String submit(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        var scope = currentUser.scope();
        TaskPage page = tasks.page(taskId, scope);
        Map<String, Object> values = binder.bind(page.form(), params);
        Optional<RowAction> rowAction = RowAction.from(params);
        if (rowAction.isPresent()) {
            return render(page, rowAction.get().applyTo(page.form(), values), List.of(), model);
        }
        if (params.containsKey("_draft")) {
            try {
                tasks.saveDraft(taskId, values, scope);
            }
            catch (ValidationException e) {
                return render(page, values, e.getViolations(), model);
            }
            redirect.addFlashAttribute("message", text("task.draft.saved"));
            return "redirect:/tasks/" + taskId;
        }
        FormResult result = tasks.complete(taskId, values, scope);
        if (!result.isValid()) {
            return render(page, values, result.errors(), model);
        }
        redirect.addFlashAttribute("message",
                text("task.completed", page.task().name(), page.household().headName(), page.household().number()));
        return "redirect:/inbox";
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, RedirectAttributes redirect) {
        try {
            tasks.claim(taskId, currentUser.scope());
            redirect.addFlashAttribute("message", text("task.claimed"));
        }
        catch (ValidationException e) {
            redirect.addFlashAttribute("taskError", text(e.getViolations().get(0)));
        }
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/comments")
    String comment(@PathVariable String taskId, @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        try {
            tasks.comment(taskId, comment, currentUser.scope());
            redirect.addFlashAttribute("message", text("task.comment.added"));
        }
        catch (ValidationException e) {
            redirect.addFlashAttribute("commentError", text(e.getViolations().get(0)));
            redirect.addFlashAttribute("commentText", comment);
        }
        return "redirect:/tasks/" + taskId + "#comments";
    }

    @PostMapping("/tasks/{taskId}/attachments")
    String attach(@PathVariable String taskId, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            attachments.attach(taskId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), currentUser.scope());
            redirect.addFlashAttribute("message", text("task.attachment.added"));
        }
        catch (ValidationException e) {
            redirect.addFlashAttribute("attachmentError", text(e.getViolations().get(0)));
        }
        return "redirect:/tasks/" + taskId + "#attachments";
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable Long attachmentId) {
        var download = attachments.download(attachmentId, currentUser.scope());
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(download.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString())
            .body(download.content());
    }

    private String render(TaskPage page, Map<String, ?> values, List<Violation> errors, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("view", FormView.of(page.form(), values, errors, page.task().localVariables()));
        model.addAttribute("maxUploadMb", attachments.maxBytes() / (1024 * 1024));
        return VIEW;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    private String text(Violation violation) {
        return text(violation.code(), violation.args());
    }

}
