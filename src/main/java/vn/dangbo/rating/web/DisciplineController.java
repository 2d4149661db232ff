package vn.dangbo.rating.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.rating.RatingException;
import vn.dangbo.rating.RatingManagement;
import vn.dangbo.rating.rules.DisciplineForm;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** The committee's register of disciplinary decisions, with the form to record one in any year. */
@Controller
class DisciplineController {

    private final RatingManagement ratings;
    private final MessageSource messages;
    private final Clock clock;

    DisciplineController(RatingManagement ratings, MessageSource messages, Clock clock) {
        this.ratings = ratings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/discipline")
    String showRegister(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("records", ratings.disciplineRegister(viewer));
        model.addAttribute("members", ratings.disciplinable(viewer));
        model.addAttribute("disciplineForms", DisciplineForm.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "rating/discipline";
    }

    @PostMapping("/discipline")
    String processDiscipline(@RequestParam long memberId, @RequestParam DisciplineForm form,
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
        return "redirect:/discipline";
    }
}
