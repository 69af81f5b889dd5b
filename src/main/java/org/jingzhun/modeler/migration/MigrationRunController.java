package org.jingzhun.modeler.migration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** A run's progress and its result per instance; the page polls the JSON, and a reload shows the same. */
@Controller
@RequestMapping("/admin/migrations/runs")
class MigrationRunController {

    private final MigrationRuns runs;

    MigrationRunController(MigrationRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.run(id));
        return "migration/run";
    }

    @GetMapping(path = "/{id}/progress", produces = "application/json")
    @ResponseBody
    RunView.Progress progress(@PathVariable long id) {
        return runs.progress(id);
    }

}
