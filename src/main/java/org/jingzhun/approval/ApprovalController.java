package org.jingzhun.approval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jingzhun.forms.FormResult;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.system.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Township and county reviewers: the decisions waiting for them with their evidence; approve or reject with reason. */
@Controller
class ApprovalController {

    static final String VIEW = "approval/approvals";

    private final ApprovalService approvals;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    ApprovalController(ApprovalService approvals, CurrentUser currentUser, MessageSource messages) {
        this.approvals = approvals;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/approvals")
    String list(Model model) {
        model.addAttribute("approvals", approvals.waiting(currentUser.scope()));
        return VIEW;
    }

    @PostMapping("/approvals/{taskId}")
    String decide(@PathVariable String taskId, @ModelAttribute("approvalForm") ApprovalForm form, Model model,
            RedirectAttributes redirect) {
        var scope = currentUser.scope();
        Approval approval = approvals.get(taskId, scope);
        FormResult result = approvals.decide(taskId, form.values(), scope);
        if (!result.isValid()) {
            model.addAttribute("approvals", approvals.waiting(scope));
            model.addAttribute("failedTaskId", taskId);
            model.addAttribute("errors", byField(result.errors()));
            return VIEW;
        }
        String decided = messages.getMessage("approval.decided." + form.decision(), null,
                LocaleContextHolder.getLocale());
        redirect.addFlashAttribute("message", messages.getMessage("approval.done", new Object[] {
                approval.task().name(), decided, approval.household().headName(), approval.household().number() },
                LocaleContextHolder.getLocale()));
        return "redirect:/approvals";
    }

    private static Map<String, List<Violation>> byField(List<Violation> errors) {
        Map<String, List<Violation>> byField = new LinkedHashMap<>();
        errors.forEach(v -> byField.computeIfAbsent(v.field(), k -> new ArrayList<>()).add(v));
        return byField;
    }

}
