package org.jingzhun.quality;

import java.util.List;

import org.jingzhun.area.Area;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /quality: findings in the user's areas, runs and their progress, "re-check now". */
@Controller
class QualityController {

    static final int LIST_LIMIT = 200;

    private final QualityService service;

    private final QualityRuns runs;

    private final QualityRunStore runStore;

    private final QualityAccess access;

    private final CurrentUser currentUser;

    QualityController(QualityService service, QualityRuns runs, QualityRunStore runStore, QualityAccess access,
            CurrentUser currentUser) {
        this.service = service;
        this.runs = runs;
        this.runStore = runStore;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/quality")
    String index(@RequestParam(required = false) String rule,
            @RequestParam(required = false, defaultValue = Finding.OPEN) String status,
            @RequestParam(required = false) String village, Model model) {
        UserScope scope = currentUser.scope();
        List<String> prefixes = access.viewPrefixes(scope);
        FindingQuery query = new FindingQuery(rule, status, village);
        model.addAttribute("query", query);
        model.addAttribute("findings", service.list(query, prefixes, LIST_LIMIT));
        model.addAttribute("counts", service.countByRule(query, prefixes));
        model.addAttribute("rules", service.ruleCodes());
        model.addAttribute("limit", LIST_LIMIT);
        model.addAttribute("runs", runStore.recent(prefixes, 10));
        model.addAttribute("canRun", access.canRun(scope));
        model.addAttribute("runAreas", access.runAreas(scope));
        model.addAttribute("admin", scope.isAdmin());
        return "quality/index";
    }

    @PostMapping("/quality/runs")
    String start(@RequestParam(required = false) String area) {
        UserScope scope = currentUser.scope();
        Area target = access.runArea(scope, area);
        long id = runs.start(target == null ? null : target.getCode(), access.prefix(target), QualityRun.MANUAL,
                scope.userId());
        return "redirect:/quality/runs/" + id;
    }

    @GetMapping("/quality/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", visibleRun(id));
        return "quality/run";
    }

    @GetMapping("/quality/runs/{id}/progress")
    @ResponseBody
    RunProgress progress(@PathVariable long id) {
        return RunProgress.of(visibleRun(id));
    }

    @PostMapping("/quality/findings/{id}/recheck")
    String recheck(@PathVariable long id, RedirectAttributes redirect) {
        UserScope scope = currentUser.scope();
        List<String> prefixes = access.viewPrefixes(scope);
        Finding finding = service.get(id);
        if (prefixes != null && prefixes.stream().noneMatch(finding.villageCode()::startsWith)) {
            throw new NotFoundException("finding " + id);
        }
        boolean closed = service.recheck(id);
        redirect.addFlashAttribute("recheck", closed ? "closed" : "stillOpen");
        redirect.addFlashAttribute("recheckedId", id);
        return "redirect:/quality";
    }

    private QualityRun visibleRun(long id) {
        List<String> prefixes = access.viewPrefixes(currentUser.scope());
        QualityRun run = runStore.find(id).orElseThrow(() -> new NotFoundException("quality run " + id));
        if (prefixes != null && prefixes.stream().noneMatch(run.scopePrefix()::startsWith)) {
            throw new NotFoundException("quality run " + id);
        }
        return run;
    }

    /** The run page's polling answer. */
    record RunProgress(String status, int total, int checked, int opened, int closed, int percent,
            boolean finished) {

        static RunProgress of(QualityRun run) {
            return new RunProgress(run.status(), run.total(), run.checked(), run.opened(), run.closed(),
                    run.percent(), run.isFinished());
        }
    }
}
