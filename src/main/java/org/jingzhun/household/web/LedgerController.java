package org.jingzhun.household.web;

import org.jingzhun.household.HouseholdFileService;
import org.jingzhun.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable household card (明白卡) with the three ledgers: the household file's facts, scoped and masked exactly
 * as the file (another area's household is "not found"; ID numbers in full only for the village's own cadres).
 */
@Controller
class LedgerController {

    private final HouseholdFileService files;

    private final CurrentUser currentUser;

    LedgerController(HouseholdFileService files, CurrentUser currentUser) {
        this.files = files;
        this.currentUser = currentUser;
    }

    @GetMapping("/households/{id}/ledger")
    String ledger(@PathVariable Long id, Model model) {
        model.addAttribute("file", files.file(id, currentUser.scope()));
        return "households/ledger";
    }

}
