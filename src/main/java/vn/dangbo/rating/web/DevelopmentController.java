package vn.dangbo.rating.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.rating.PartyDevelopment;
import vn.dangbo.rating.RatingException;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/** The party development pipeline: from a cell's proposal to admission and recognition as official. */
@Controller
class DevelopmentController {

    private final PartyDevelopment development;
    private final MessageSource messages;
    private final Clock clock;

    DevelopmentController(PartyDevelopment development, MessageSource messages, Clock clock) {
        this.development = development;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/development")
    String showPipeline(Authentication authentication, Model model) {
        model.addAttribute("pipeline", development.pipeline(Viewer.of(authentication)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("educations", Education.values());
        model.addAttribute("theories", PoliticalTheory.values());
        return "rating/development";
    }

    @PostMapping("/development/prospects")
    String processProposal(@RequestParam String fullName,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate birthDate,
                           @RequestParam(required = false) @Nullable Gender gender, @RequestParam(defaultValue = "") String job,
                           @RequestParam long cellId,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate proposedOn,
                           Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(redirect, locale, "development.saved.proposed", null, () -> development.propose(
                new PartyDevelopment.ProspectEntry(fullName, birthDate, gender, job, cellId, proposedOn), Viewer.of(authentication)));
    }

    @PostMapping("/development/prospects/{id}/course")
    String processCourse(@PathVariable long id, @RequestParam String certificate,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate certifiedOn,
                         Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(redirect, locale, "development.saved.course", id, () -> {
            development.recordCourse(id, certificate, certifiedOn, Viewer.of(authentication));
            return id;
        });
    }

    @PostMapping("/development/prospects/{id}/introducers")
    String processIntroducer(@PathVariable long id, @RequestParam long memberId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate knownSince,
                             @RequestParam(defaultValue = "false") boolean assignedByCell,
                             Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(redirect, locale, "development.saved.introducer", id, () -> {
            development.addIntroducer(id, memberId, knownSince, assignedByCell, Viewer.of(authentication));
            return id;
        });
    }

    @PostMapping("/development/prospects/{id}/vote")
    String processVote(@PathVariable long id,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
                       @RequestParam int inFavour, @RequestParam int officialMembers,
                       Authentication authentication, RedirectAttributes redirect, Locale locale) {
        try {
            boolean passed = development.recordAdmissionVote(id, heldOn, inFavour, officialMembers, Viewer.of(authentication));
            redirect.addFlashAttribute(passed ? "flash" : "flashError",
                    messages.getMessage(passed ? "development.saved.votePassed" : "development.saved.voteFailed", null, locale));
        } catch (RatingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/development#p" + id;
    }

    @PostMapping("/development/prospects/{id}/decision")
    String processDecision(@PathVariable long id, @RequestParam String decisionNumber,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
                           Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(redirect, locale, "development.saved.decision", id, () -> {
            development.decide(id, decisionNumber, decidedOn, Viewer.of(authentication));
            return id;
        });
    }

    @PostMapping("/development/prospects/{id}/admission")
    String processAdmission(@PathVariable long id, @RequestParam(defaultValue = "") String citizenId,
                            @RequestParam(defaultValue = "Kinh") String ethnicity, @RequestParam(defaultValue = "Không") String religion,
                            @RequestParam(defaultValue = "") String hometown,
                            @RequestParam(required = false) @Nullable Education education,
                            @RequestParam(required = false) @Nullable PoliticalTheory politicalTheory,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate ceremonyOn,
                            Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(redirect, locale, "development.saved.admitted", id, () -> {
            development.admit(id, new PartyDevelopment.AdmissionEntry(citizenId, ethnicity, religion, hometown, education,
                    politicalTheory, ceremonyOn), Viewer.of(authentication));
            return id;
        });
    }

    @PostMapping("/development/prospects/{id}/recognition")
    String processRecognition(@PathVariable long id,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate voteOn,
                              @RequestParam int inFavour, @RequestParam int officialMembers,
                              @RequestParam(defaultValue = "") String decisionNumber,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn,
                              Authentication authentication, RedirectAttributes redirect, Locale locale) {
        try {
            boolean recognized = development.recognize(id, voteOn, inFavour, officialMembers, decisionNumber, decidedOn,
                    Viewer.of(authentication));
            redirect.addFlashAttribute(recognized ? "flash" : "flashError",
                    messages.getMessage(recognized ? "development.saved.recognized" : "development.saved.recognitionFailed", null, locale));
        } catch (RatingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/development#p" + id;
    }

    @PostMapping("/development/targets")
    String processTarget(@RequestParam int year, @RequestParam int admissions,
                         Authentication authentication, RedirectAttributes redirect, Locale locale) {
        return step(redirect, locale, "development.saved.target", null, () -> {
            development.setTarget(year, admissions, Viewer.of(authentication));
            return 0L;
        });
    }

    private String step(RedirectAttributes redirect, Locale locale, String done, @Nullable Long anchor, Supplier<Long> action) {
        Long id = anchor;
        try {
            Long result = action.get();
            if (id == null && result != null && result > 0) {
                id = result;
            }
            redirect.addFlashAttribute("flash", messages.getMessage(done, null, locale));
        } catch (RatingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/development" + (id == null ? "" : "#p" + id);
    }
}
