package org.jingzhun.area.web;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaAdministration;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.ViolationBinding;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The division tree: add, rename, delete empty areas. Administrators only (SecurityConfig guards /admin/**). */
@Controller
@RequestMapping("/admin/areas")
class AreasController {

    static final String AREA = "areas/area";

    private final AreaAdministration areas;

    private final MessageSource messages;

    AreasController(AreaAdministration areas, MessageSource messages) {
        this.areas = areas;
        this.messages = messages;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("tree", areas.tree());
        return "areas/tree";
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        Area area = areas.get(code);
        AreaForm rename = new AreaForm();
        rename.setName(area.getName());
        model.addAttribute("renameForm", rename);
        return page(area, model);
    }

    @PostMapping("/{code}/children")
    String create(@PathVariable String code, @ModelAttribute("childForm") AreaForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Area parent = areas.get(code);
        try {
            Area created = areas.create(code, form.getCode(), form.getName());
            redirect.addFlashAttribute("message", text("areas.created", created.getName(), created.getCode()));
        }
        catch (ValidationException e) {
            ViolationBinding.reject(result, e);
            AreaForm rename = new AreaForm();
            rename.setName(parent.getName());
            model.addAttribute("renameForm", rename);
            return page(parent, model);
        }
        return "redirect:/admin/areas/" + code;
    }

    @PostMapping("/{code}")
    String rename(@PathVariable String code, @ModelAttribute("renameForm") AreaForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            areas.rename(code, form.getName());
        }
        catch (ValidationException e) {
            ViolationBinding.reject(result, e);
            return page(areas.get(code), model);
        }
        redirect.addFlashAttribute("message", text("areas.renamed", form.getName().strip()));
        return "redirect:/admin/areas/" + code;
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        Area area = areas.get(code);
        try {
            areas.delete(code);
        }
        catch (ValidationException e) {
            redirect.addFlashAttribute("error", ViolationBinding.text(e, messages, LocaleContextHolder.getLocale()));
            return "redirect:/admin/areas/" + code;
        }
        redirect.addFlashAttribute("message", text("areas.deleted", area.getName()));
        return area.getParentCode() == null ? "redirect:/admin/areas" : "redirect:/admin/areas/" + area.getParentCode();
    }

    private String page(Area area, Model model) {
        model.addAttribute("area", area);
        model.addAttribute("childLevel", AreaAdministration.childLevel(area.getLevel()));
        model.addAttribute("households", areas.households(area));
        model.addAttribute("children", areas.children(area.getCode()));
        if (area.getParentCode() != null) {
            model.addAttribute("parent", areas.get(area.getParentCode()));
        }
        if (!model.containsAttribute("childForm")) {
            model.addAttribute("childForm", new AreaForm());
        }
        return AREA;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

}
