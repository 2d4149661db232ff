package vn.dangbo.handbook.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangbo.handbook.CommitmentBook;
import vn.dangbo.handbook.SelfAssessmentBook;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.shared.Viewer;

/**
 * {@code /so-tay}: a member's handbook on one page — their card (the fields of Regulation 339), this
 * year's commitment and self-assessment. Study and meetings join it as those modules land.
 */
@Controller
class MyHandbookController {

    private final MemberRegistry registry;
    private final CommitmentBook commitments;
    private final SelfAssessmentBook assessments;

    MyHandbookController(MemberRegistry registry, CommitmentBook commitments, SelfAssessmentBook assessments) {
        this.registry = registry;
        this.commitments = commitments;
        this.assessments = assessments;
    }

    @GetMapping("/so-tay")
    String showMyHandbook(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        int year = commitments.currentYear();
        model.addAttribute("year", year);
        if (viewer.memberId() != null) {
            model.addAttribute("member", registry.view(viewer.memberId(), viewer));
            model.addAttribute("commitment", commitments.status(viewer, year));
            model.addAttribute("assessment", assessments.mine(viewer, year));
        }
        return "handbook/my-handbook";
    }
}
