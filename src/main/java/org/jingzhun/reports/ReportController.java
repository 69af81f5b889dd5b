package org.jingzhun.reports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The area reports page and each report's CSV and XLSX export, all within the caller's areas. */
@Controller
class ReportController {

    private static final MediaType XLSX = MediaType
        .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportService reports;

    private final ReportViews views;

    private final CurrentUser currentUser;

    ReportController(ReportService reports, ReportViews views, CurrentUser currentUser) {
        this.reports = reports;
        this.views = views;
        this.currentUser = currentUser;
    }

    @GetMapping("/reports")
    String page(@RequestParam(required = false) String area, Model model, Locale locale) {
        UserScope scope = currentUser.scope();
        Area chosen = reports.area(area, scope);
        model.addAttribute("page", new ReportPage(chosen, reports.trail(chosen, scope), reports.ownAreas(scope),
                reports.children(chosen),
                chosen.getLevel() == AreaLevel.VILLAGE ? reports.households(chosen) : List.of(),
                Arrays.stream(Report.values()).map(r -> views.of(reports.table(r, chosen), locale)).toList()));
        return "reports/index";
    }

    @GetMapping("/reports/{report}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String report, @RequestParam(required = false) String area,
            Locale locale) {
        Area chosen = reports.area(area, currentUser.scope());
        ReportView view = view(report, chosen, locale);
        return download(ReportExports.csv(view), new MediaType("text", "csv", StandardCharsets.UTF_8),
                fileName(view, chosen, "csv"));
    }

    @GetMapping("/reports/{report}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String report, @RequestParam(required = false) String area,
            Locale locale) {
        Area chosen = reports.area(area, currentUser.scope());
        ReportView view = view(report, chosen, locale);
        return download(ReportExports.xlsx(view), XLSX, fileName(view, chosen, "xlsx"));
    }

    private ReportView view(String slug, Area area, Locale locale) {
        Report report = Report.bySlug(slug).orElseThrow(() -> new NotFoundException("report " + slug));
        return views.of(reports.table(report, area), locale);
    }

    private static String fileName(ReportView view, Area area, String extension) {
        return view.report().slug() + "-" + area.getCode() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
            .body(body);
    }

}
