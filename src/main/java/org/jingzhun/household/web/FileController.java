package org.jingzhun.household.web;

import org.jingzhun.household.HouseholdFileService;
import org.jingzhun.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A household's file and the diagram of its current stage; another area's household is "not found". */
@Controller
class FileController {

    private final HouseholdFileService files;

    private final CurrentUser currentUser;

    FileController(HouseholdFileService files, CurrentUser currentUser) {
        this.files = files;
        this.currentUser = currentUser;
    }

    @GetMapping("/households/{id}")
    String file(@PathVariable Long id, Model model) {
        model.addAttribute("file", files.file(id, currentUser.scope()));
        return "households/file";
    }

    @GetMapping("/households/{id}/diagram.bpmn")
    ResponseEntity<byte[]> diagram(@PathVariable Long id) {
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_XML)
            .body(files.currentDiagram(id, currentUser.scope()));
    }

}
