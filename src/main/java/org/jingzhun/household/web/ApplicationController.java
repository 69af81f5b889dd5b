package org.jingzhun.household.web;

import java.util.List;
import java.util.Locale;

import org.jingzhun.household.Attribute;
import org.jingzhun.household.Cause;
import org.jingzhun.household.Education;
import org.jingzhun.household.Health;
import org.jingzhun.household.HouseholdService;
import org.jingzhun.household.HousingGrade;
import org.jingzhun.household.LabourAbility;
import org.jingzhun.household.Relation;
import org.jingzhun.household.SchoolingStatus;
import org.jingzhun.household.Sex;
import org.jingzhun.household.Standard;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.ValidationException;
import org.jingzhun.workflow.LifecycleService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A cadre's new household application (申请): stored and its lifecycle started in one go, or nothing at all. */
@Controller
class ApplicationController {

    static final String VIEW = "households/new";

    static final String FORM = "applicationForm";

    private final LifecycleService lifecycle;

    private final HouseholdService households;

    private final Applicants applicants;

    private final MessageSource messages;

    private final CurrentUser currentUser;

    ApplicationController(LifecycleService lifecycle, HouseholdService households, Applicants applicants,
            MessageSource messages, CurrentUser currentUser) {
        this.lifecycle = lifecycle;
        this.households = households;
        this.applicants = applicants;
        this.messages = messages;
        this.currentUser = currentUser;
    }

    @GetMapping("/households/new")
    String form(Model model) {
        UserScope scope = cadre();
        model.addAttribute(FORM, ApplicationForm.blank(Applicants.villageCodes(scope)));
        return page(model, scope);
    }

    @PostMapping(value = "/households/new", params = "_addMember")
    String addMember(@ModelAttribute(FORM) ApplicationForm form, BindingResult result, Model model) {
        UserScope scope = cadre();
        form.addMember();
        return page(model, scope);
    }

    @PostMapping(value = "/households/new", params = "_removeMember")
    String removeMember(@ModelAttribute(FORM) ApplicationForm form, BindingResult result,
            @RequestParam("_removeMember") int index, Model model) {
        UserScope scope = cadre();
        form.removeMember(index);
        return page(model, scope);
    }

    @PostMapping("/households/new")
    String apply(@ModelAttribute(FORM) ApplicationForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale) {
        UserScope scope = cadre();
        Applicants.outsideVillages(scope, form.getVillageCode())
            .ifPresent(violation -> ViolationTexts.reject(result, List.of(violation)));
        if (result.hasErrors()) {
            return page(model, scope);
        }
        Long id;
        try {
            id = lifecycle.apply(form.toApplication(), scope.userId());
        }
        catch (ValidationException e) {
            ViolationTexts.reject(result, form.explain(e.getViolations()));
            return page(model, scope);
        }
        redirect.addFlashAttribute("message", messages.getMessage("household.applied",
                new Object[] { households.get(id).getHouseholdNumber() }, locale));
        return "redirect:/households/" + id;
    }

    private UserScope cadre() {
        UserScope scope = currentUser.scope();
        Applicants.requireCadre(scope);
        return scope;
    }

    private String page(Model model, UserScope scope) {
        model.addAttribute("villages", applicants.villages(scope));
        model.addAttribute("attributes", Attribute.values());
        model.addAttribute("standards", Standard.values());
        model.addAttribute("causes", Cause.values());
        model.addAttribute("housingGrades", HousingGrade.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("educations", Education.values());
        model.addAttribute("schoolingStatuses", SchoolingStatus.values());
        model.addAttribute("healths", Health.values());
        model.addAttribute("labourAbilities", LabourAbility.values());
        return VIEW;
    }

}
