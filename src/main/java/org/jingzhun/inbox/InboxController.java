package org.jingzhun.inbox;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jingzhun.household.Stage;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox page: tabs with counts, filters, search, sorting, paging, claim, unclaim and bulk claim. */
@Controller
@RequestMapping("/inbox")
class InboxController {

    static final List<Stage> STAGES = Arrays.stream(Stage.values()).filter(stage -> stage != Stage.CLOSED).toList();

    private final InboxService inbox;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    InboxController(InboxService inbox, CurrentUser currentUser, MessageSource messages) {
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    String inbox(InboxForm form, Model model) {
        UserScope scope = currentUser.scope();
        InboxCounts counts = inbox.counts(scope);
        InboxQuery query = form.hasTab() ? form.toQuery() : form.toQuery().withTab(inbox.defaultTab(counts));
        model.addAttribute("query", query);
        model.addAttribute("counts", counts);
        model.addAttribute("result", inbox.page(scope, query));
        model.addAttribute("tabs", InboxTab.values());
        model.addAttribute("villages", inbox.villages(scope));
        model.addAttribute("stages", STAGES);
        model.addAttribute("steps", inbox.steps(scope));
        model.addAttribute("userId", scope.userId());
        return "inbox/inbox";
    }

    @PostMapping("/{taskId}/claim")
    String claim(@PathVariable String taskId, InboxForm form, RedirectAttributes redirect, Locale locale) {
        ClaimResult result = found(inbox.claim(taskId, currentUser.scope()));
        redirect.addFlashAttribute("message", describe(result, locale));
        return "redirect:" + form.toQuery().path();
    }

    @PostMapping("/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, InboxForm form, RedirectAttributes redirect, Locale locale) {
        ClaimResult result = found(inbox.unclaim(taskId, currentUser.scope()));
        redirect.addFlashAttribute("message", describe(result, locale));
        return "redirect:" + form.toQuery().path();
    }

    /** The checked rows; the flash lists what became of each one. */
    @PostMapping("/claim")
    String bulkClaim(@RequestParam(name = "taskId", required = false) List<String> taskIds, InboxForm form,
            RedirectAttributes redirect, Locale locale) {
        if (taskIds == null || taskIds.isEmpty()) {
            redirect.addFlashAttribute("message", messages.getMessage("inbox.bulk.none", null, locale));
            return "redirect:" + form.toQuery().path();
        }
        List<String> limited = taskIds.stream().distinct().limit(InboxService.MAX_BULK).toList();
        List<ClaimResult> results = inbox.bulkClaim(limited, currentUser.scope());
        long claimed = results.stream().filter(ClaimResult::succeeded).count();
        redirect.addFlashAttribute("message",
                messages.getMessage("inbox.bulk.summary", new Object[] { claimed, results.size() }, locale));
        redirect.addFlashAttribute("claimResults", results.stream().map(r -> describe(r, locale)).toList());
        return "redirect:" + form.toQuery().path();
    }

    /** Another area's task looks exactly like a missing one. */
    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static ClaimResult found(ClaimResult result) {
        if (result.outcome() == ClaimResult.Outcome.GONE) {
            throw new NotFoundException("task " + result.taskId());
        }
        return result;
    }

    private String describe(ClaimResult result, Locale locale) {
        String outcome = messages.getMessage("inbox.outcome." + result.outcome(), new Object[] { result.assignee() },
                locale);
        if (result.outcome() == ClaimResult.Outcome.GONE) {
            return messages.getMessage("inbox.result.gone", new Object[] { result.taskId(), outcome }, locale);
        }
        String step = messages.getMessage("step." + result.taskKey(), null,
                result.stepName() == null ? result.taskKey() : result.stepName(), locale);
        String household = result.householdNumber() == null ? "" : result.householdNumber();
        return messages.getMessage("inbox.result", new Object[] { household, step, outcome }, locale);
    }

}
