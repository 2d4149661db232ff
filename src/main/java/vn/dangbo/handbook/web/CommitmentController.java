package vn.dangbo.handbook.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.handbook.CommitmentBook;
import vn.dangbo.handbook.HandbookException;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.Viewer;

import java.util.List;

/** The yearly commitment: members sign it; the secretary and the committee see who has not; the committee words it. */
@Controller
class CommitmentController {

    private final CommitmentBook book;
    private final OrganizationDirectory organization;

    CommitmentController(CommitmentBook book, OrganizationDirectory organization) {
        this.book = book;
        this.organization = organization;
    }

    @GetMapping("/commitments")
    String showCommitment(@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable Long cellId,
                          Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        int chosen = year == null ? book.currentYear() : year;
        try {
            model.addAttribute("status", book.status(viewer, chosen));
        } catch (HandbookException e) {
            model.addAttribute("flashError", e.getMessage());
            chosen = book.currentYear();
            model.addAttribute("status", book.status(viewer, chosen));
        }
        boolean manager = viewer.seesAllCells() || viewer.is(Viewer.CELL_SECRETARY);
        if (manager) {
            model.addAttribute("summary", book.summary(viewer, chosen, cellId));
            model.addAttribute("cells", viewer.seesAllCells() ? organization.activeCells() : List.of());
            model.addAttribute("cellId", viewer.seesAllCells() ? cellId : viewer.cellId());
        }
        model.addAttribute("year", chosen);
        model.addAttribute("years", HandbookYears.upTo(book.currentYear()));
        model.addAttribute("mayWord", viewer.seesAllCells());
        model.addAttribute("maySign", viewer.memberId() != null);
        return "handbook/commitments";
    }

    @PostMapping("/commitments")
    String processAcknowledgement(@RequestParam int year, Authentication authentication, RedirectAttributes redirect) {
        try {
            book.acknowledge(Viewer.of(authentication), year);
            redirect.addFlashAttribute("flash", "Đã ghi nhận bản cam kết năm " + year + ".");
        } catch (HandbookException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/commitments?year=" + year;
    }

    @GetMapping("/commitments/template")
    String initTemplateForm(@RequestParam(required = false) @Nullable Integer year, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        viewer.require(viewer.seesAllCells());
        int chosen = year == null ? book.currentYear() : year;
        var template = book.templateFor(chosen);
        return templateForm(model, chosen, template.title(), template.body());
    }

    @PostMapping("/commitments/template")
    String processTemplateForm(@RequestParam int year, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
                               Authentication authentication, Model model, RedirectAttributes redirect) {
        try {
            book.reword(Viewer.of(authentication), year, title, body);
        } catch (HandbookException e) {
            model.addAttribute("flashError", e.getMessage());
            return templateForm(model, year, title, body);
        }
        redirect.addFlashAttribute("flash", "Đã lưu mẫu bản cam kết áp dụng từ năm " + year + ".");
        return "redirect:/commitments?year=" + year;
    }

    private String templateForm(Model model, int year, String title, String body) {
        model.addAttribute("year", year);
        model.addAttribute("templateTitle", title); // "title" is the layout's fragment
        model.addAttribute("templateBody", body);
        return "handbook/commitment-template";
    }

}
