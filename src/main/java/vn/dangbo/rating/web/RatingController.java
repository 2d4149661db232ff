package vn.dangbo.rating.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.rating.RatingException;
import vn.dangbo.rating.RatingManagement;
import vn.dangbo.rating.SelfReviewDrafts;
import vn.dangbo.rating.rules.DisciplineForm;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.PartyDocument;
import vn.dangbo.shared.PartyDocumentWriter;
import vn.dangbo.shared.Spreadsheets;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** The yearly review rounds: the roster, the cells' proposals, the committee's decisions and the report. */
@Controller
class RatingController {

    private final RatingManagement ratings;
    private final SelfReviewDrafts drafts;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final Clock clock;
    private final String superiorBody;
    private final String place;

    RatingController(RatingManagement ratings, SelfReviewDrafts drafts, OrganizationDirectory organization, MessageSource messages, Clock clock,
                     @Value("${dangbo.documents.superior-body:Đảng bộ Khối các cơ quan tỉnh}") String superiorBody,
                     @Value("${dangbo.documents.place:Lai Châu}") String place) {
        this.ratings = ratings;
        this.drafts = drafts;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        this.superiorBody = superiorBody;
        this.place = place;
    }

    @GetMapping("/ratings")
    String showRounds(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("rounds", ratings.rounds(viewer));
        model.addAttribute("mayOpen", RatingManagement.mayDecide(viewer));
        model.addAttribute("nextYear", nextYear());
        return "rating/rounds";
    }

    @PostMapping("/ratings")
    String processOpenRound(@RequestParam int year,
                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn,
                            Authentication authentication, RedirectAttributes redirect, Locale locale) {
        try {
            ratings.openRound(year, reviewedOn, Viewer.of(authentication));
            redirect.addFlashAttribute("flash", messages.getMessage("rating.opened", new Object[]{String.valueOf(year)}, locale));
            return "redirect:/ratings/" + year;
        } catch (RatingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/ratings";
        }
    }

    @GetMapping("/ratings/{year}")
    String showRound(@PathVariable int year, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        RatingManagement.RoundView round = ratings.round(year, viewer);
        model.addAttribute("round", round);
        // The viewer's own review, not yet written, starts from their handbook entries of the year.
        boolean ownPending = viewer.memberId() != null && round.rated().stream().anyMatch(e -> e.memberId() == viewer.memberId()
                && e.mayWriteReview() && e.selfReview() == null);
        model.addAttribute("ownDraft", ownPending ? drafts.draftFor(viewer, year) : null);
        model.addAttribute("levels", Level.values());
        model.addAttribute("mayReport", viewer.seesAllCells() || viewer.is(Viewer.CELL_SECRETARY));
        model.addAttribute("mayDiscipline", RatingManagement.mayDecide(viewer));
        model.addAttribute("disciplineForms", DisciplineForm.values());
        return "rating/round";
    }

    @PostMapping("/ratings/{year}/members/{memberId}/self-review")
    String processSelfReview(@PathVariable int year, @PathVariable long memberId, @RequestParam String text,
                             Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(year, memberId, redirect, locale, "rating.saved.selfReview",
                () -> ratings.writeSelfReview(year, memberId, text, Viewer.of(authentication)));
    }

    @PostMapping("/ratings/{year}/members/{memberId}/proposal")
    String processProposal(@PathVariable int year, @PathVariable long memberId, @RequestParam int generalPoints,
                           @RequestParam int taskPoints, @RequestParam(defaultValue = "false") boolean allTasksOnTime,
                           @RequestParam(defaultValue = "0") int sickLeaveDays, @RequestParam Level level,
                           @RequestParam(required = false) @Nullable String note,
                           Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(year, memberId, redirect, locale, "rating.saved.proposal", () -> ratings.propose(year, memberId,
                new RatingManagement.Proposal(generalPoints, taskPoints, allTasksOnTime, sickLeaveDays, level, note),
                Viewer.of(authentication)));
    }

    @PostMapping("/ratings/{year}/members/{memberId}/decision")
    String processDecision(@PathVariable int year, @PathVariable long memberId, @RequestParam Level level,
                           @RequestParam(required = false) @Nullable String note,
                           Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(year, memberId, redirect, locale, "rating.saved.decision",
                () -> ratings.decide(year, memberId, level, note, Viewer.of(authentication)));
    }

    @PostMapping("/ratings/{year}/members/{memberId}/reconsideration")
    String processReconsideration(@PathVariable int year, @PathVariable long memberId, @RequestParam Level level,
                                  @RequestParam String reason, Authentication authentication,
                                  RedirectAttributes redirect, Locale locale) {
        return step(year, memberId, redirect, locale, "rating.saved.reconsideration",
                () -> ratings.reconsider(year, memberId, level, reason, Viewer.of(authentication)));
    }

    @PostMapping("/ratings/{year}/discipline")
    String processDiscipline(@PathVariable int year, @RequestParam long memberId, @RequestParam DisciplineForm form,
                             @RequestParam String reason, @RequestParam String decisionNumber,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                             @RequestParam String decidingBody,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveUntil,
                             @RequestParam(defaultValue = "false") boolean selfRemedied,
                             Authentication authentication, RedirectAttributes redirect, Locale locale) {
        try {
            ratings.recordDiscipline(new RatingManagement.DisciplineEntry(memberId, form, reason, decisionNumber, decidedOn,
                    decidingBody, effectiveFrom, effectiveUntil, selfRemedied), Viewer.of(authentication));
            redirect.addFlashAttribute("flash", messages.getMessage("rating.saved.discipline", null, locale));
        } catch (RatingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/ratings/" + year + "#discipline";
    }

    @PostMapping("/ratings/{year}/cells")
    String processCellRating(@PathVariable int year, @RequestParam long cellId, @RequestParam int generalPoints,
                             @RequestParam int taskPoints, @RequestParam int tasksTotal, @RequestParam int tasksExceeded,
                             @RequestParam int tasksLate, @RequestParam Level level,
                             @RequestParam(required = false) @Nullable String note,
                             Authentication authentication, RedirectAttributes redirect, Locale locale) {
        try {
            ratings.rateCell(year, new RatingManagement.CellProposal(cellId, generalPoints, taskPoints, tasksTotal,
                    tasksExceeded, tasksLate, level, note), Viewer.of(authentication));
            redirect.addFlashAttribute("flash", messages.getMessage("rating.saved.cell", null, locale));
        } catch (RatingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/ratings/" + year + "#cells";
    }

    @GetMapping("/ratings/{year}/report")
    String showReport(@PathVariable int year, Authentication authentication, Model model) {
        model.addAttribute("report", ratings.report(year, Viewer.of(authentication)));
        model.addAttribute("levels", Level.values());
        return "rating/report";
    }

    @GetMapping("/ratings/{year}/report.xlsx")
    ResponseEntity<byte[]> downloadReport(@PathVariable int year, Authentication authentication, Locale locale) {
        Viewer viewer = Viewer.of(authentication);
        byte[] workbook = ReportWorkbook.write(ratings.report(year, viewer), ratings.reportDetails(year, viewer), messages, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Spreadsheets.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("xep-loai-dang-vien-" + year + ".xlsx").build().toString())
                .body(workbook);
    }

    @GetMapping("/ratings/{year}/report.docx")
    ResponseEntity<byte[]> downloadReportDocx(@PathVariable int year, Authentication authentication) {
        return document(year, Viewer.of(authentication), "docx", PartyDocumentWriter.DOCX_TYPE);
    }

    @GetMapping("/ratings/{year}/report.pdf")
    ResponseEntity<byte[]> downloadReportPdf(@PathVariable int year, Authentication authentication) {
        return document(year, Viewer.of(authentication), "pdf", PartyDocumentWriter.PDF_TYPE);
    }

    /** The same report in the party document format, for the scope the viewer sees (committee or own cell). */
    private ResponseEntity<byte[]> document(int year, Viewer viewer, String extension, String contentType) {
        RatingManagement.Report report = ratings.report(year, viewer);
        boolean committee = viewer.seesAllCells() || viewer.cellId() == null;
        String committeeName = organization.committee().map(OrganizationUnit::name).orElse("");
        PartyDocument doc = ReportDocument.build(report, ratings.reportDetails(year, viewer), committee, ratings.reportSigner(viewer), new ReportDocument.Letterhead(superiorBody, committeeName, place),
                LocalDate.now(clock), messages);
        byte[] body = extension.equals("docx") ? PartyDocumentWriter.docx(doc) : PartyDocumentWriter.pdf(doc);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-xep-loai-" + year + "." + extension).build().toString())
                .body(body);
    }

    private String step(int year, long memberId, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.getMessage(done, null, locale));
        } catch (RatingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/ratings/" + year + "#m" + memberId;
    }

    private int nextYear() {
        return LocalDate.now(clock).getYear();
    }
}
