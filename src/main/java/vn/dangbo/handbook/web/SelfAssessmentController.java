package vn.dangbo.handbook.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.handbook.AnswerInput;
import vn.dangbo.handbook.AssessmentView;
import vn.dangbo.handbook.Degree;
import vn.dangbo.handbook.HandbookException;
import vn.dangbo.handbook.ManifestationView;
import vn.dangbo.handbook.SelfAssessmentBook;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.Viewer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A member's own self-assessment, and the summary for the cell secretary and the committee. */
@Controller
class SelfAssessmentController {

    private final SelfAssessmentBook book;
    private final OrganizationDirectory organization;

    SelfAssessmentController(SelfAssessmentBook book, OrganizationDirectory organization) {
        this.book = book;
        this.organization = organization;
    }

    @GetMapping("/self-assessment")
    String showSelfAssessment(@RequestParam(required = false) @Nullable Integer year, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        int chosen = year == null ? book.currentYear() : year;
        AssessmentView mine = safeMine(viewer, chosen, model);
        return form(model, viewer, chosen, mine == null ? Map.of() : mine.answers(), mine);
    }

    @PostMapping("/self-assessment")
    String processSelfAssessment(@RequestParam int year, @RequestParam Map<String, String> params, Authentication authentication,
                                 Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        Map<String, AnswerInput> typed = new LinkedHashMap<>();
        for (ManifestationView m : book.catalog()) {
            typed.put(m.code(), new AnswerInput(m.code(), degree(params.get("degree." + m.code())),
                    params.get("note." + m.code()), params.get("remedy." + m.code())));
        }
        try {
            book.submit(viewer, year, List.copyOf(typed.values()));
        } catch (HandbookException e) {
            model.addAttribute("flashError", e.getMessage());
            return form(model, viewer, year, typed, null);
        }
        redirect.addFlashAttribute("flash", "Đã lưu bản tự đánh giá năm " + year + ".");
        return "redirect:/self-assessment?year=" + year;
    }

    @GetMapping("/self-assessment/summary")
    String showSummary(@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable Long cellId,
                       Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        int chosen = year == null ? book.currentYear() : year;
        try {
            model.addAttribute("summary", book.summary(viewer, chosen, cellId));
        } catch (HandbookException e) {
            model.addAttribute("flashError", e.getMessage());
            model.addAttribute("summary", book.summary(viewer, book.currentYear(), cellId));
        }
        model.addAttribute("cells", viewer.seesAllCells() ? organization.activeCells() : List.of());
        model.addAttribute("cellId", viewer.seesAllCells() ? cellId : viewer.cellId());
        model.addAttribute("years", HandbookYears.upTo(book.currentYear()));
        return "handbook/summary";
    }

    private @Nullable AssessmentView safeMine(Viewer viewer, int year, Model model) {
        if (year < 2016 || year > book.currentYear()) {
            model.addAttribute("flashError", "Năm tự đánh giá phải từ 2016 đến " + book.currentYear() + ".");
            return null;
        }
        return book.mine(viewer, year);
    }

    private String form(Model model, Viewer viewer, int year, Map<String, AnswerInput> answers, @Nullable AssessmentView saved) {
        model.addAttribute("year", year);
        model.addAttribute("years", HandbookYears.upTo(book.currentYear()));
        model.addAttribute("catalog", book.catalog());
        model.addAttribute("answers", answers);
        model.addAttribute("saved", saved);
        model.addAttribute("degrees", Degree.values());
        model.addAttribute("mayWrite", viewer.memberId() != null);
        model.addAttribute("maySummarize", viewer.seesAllCells() || viewer.is(Viewer.CELL_SECRETARY));
        return "handbook/self-assessment";
    }


    private static @Nullable Degree degree(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return Degree.valueOf(typed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
