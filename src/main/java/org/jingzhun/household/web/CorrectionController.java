package org.jingzhun.household.web;

import java.util.Locale;

import org.jingzhun.household.Health;
import org.jingzhun.household.HouseholdCorrection;
import org.jingzhun.household.HouseholdCorrections;
import org.jingzhun.household.LabourAbility;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The village cadre's page for correcting a household file after a data-quality finding. */
@Controller
class CorrectionController {

    private static final String FORM = "correctionForm";

    private final HouseholdCorrections corrections;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    CorrectionController(HouseholdCorrections corrections, CurrentUser currentUser, MessageSource messages) {
        this.corrections = corrections;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/households/{id}/correct")
    String form(@PathVariable Long id, Model model) {
        HouseholdCorrection.Editable household = corrections.editable(id, currentUser.scope());
        model.addAttribute(FORM, CorrectionForm.of(household));
        return page(household, model);
    }

    @PostMapping("/households/{id}/correct")
    String correct(@PathVariable Long id, @ModelAttribute(FORM) CorrectionForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Locale locale) {
        UserScope scope = currentUser.scope();
        HouseholdCorrection.Editable household = corrections.editable(id, scope);
        form.names(household);
        if (result.hasErrors()) {
            return page(household, model);
        }
        try {
            corrections.correct(id, form.toCorrection(), scope);
        }
        catch (ValidationException e) {
            ViolationTexts.reject(result, e.getViolations());
            return page(household, model);
        }
        redirect.addFlashAttribute("message", messages.getMessage("correction.saved", null, locale));
        return "redirect:/households/" + id;
    }

    private String page(HouseholdCorrection.Editable household, Model model) {
        model.addAttribute("household", household);
        model.addAttribute("corrections", corrections.history(household.id(), currentUser.scope()));
        model.addAttribute("healths", Health.values());
        model.addAttribute("labourAbilities", LabourAbility.values());
        return "households/correct";
    }
}
