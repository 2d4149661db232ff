package vn.dangbo.members.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MembershipFigures;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationNotFound;
import vn.dangbo.shared.Viewer;

import java.util.List;
import java.util.Locale;

/** The membership in figures: the committee sees every cell, a cell secretary their own. */
@Controller
class StatisticsController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MemberStatistics statistics;
    private final OrganizationDirectory organization;
    private final MessageSource messages;

    StatisticsController(MemberStatistics statistics, OrganizationDirectory organization, MessageSource messages) {
        this.statistics = statistics;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/statistics")
    String showStatistics(@RequestParam(required = false) @Nullable Long cellId, Authentication authentication,
                          Locale locale, Model model) {
        Viewer viewer = Viewer.of(authentication);
        MembershipFigures figures = statistics.figures(viewer, cellId);
        model.addAttribute("figures", figures);
        model.addAttribute("tables", FigureTable.of(figures, messages, locale));
        model.addAttribute("cells", viewer.seesAllCells() ? organization.activeCells() : List.of());
        return "members/statistics";
    }

    @GetMapping("/statistics.xlsx")
    ResponseEntity<byte[]> downloadStatistics(@RequestParam(required = false) @Nullable Long cellId,
                                              Authentication authentication, Locale locale) {
        MembershipFigures figures = statistics.figures(Viewer.of(authentication), cellId);
        byte[] workbook = StatisticsWorkbook.write(figures, FigureTable.of(figures, messages, locale), messages, locale);
        String filename = "thong-ke-dang-vien-" + figures.asOf() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(workbook);
    }

    /** An unknown or dissolved cell in {@code ?cellId=}. */
    @ExceptionHandler(OrganizationNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String cellNotFound(OrganizationNotFound e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }
}
