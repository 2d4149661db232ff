package vn.dangbo.handbook.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangbo.handbook.CommitmentBook;
import vn.dangbo.handbook.SelfAssessmentBook;
import vn.dangbo.handbook.StudyBook;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.shared.HandbookPanel;
import vn.dangbo.shared.Viewer;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code /so-tay}: a member's handbook on one page — their card (the fields of Regulation 339), this
 * year's commitment and self-assessment, what they must study, then the panels other modules add ({@link HandbookPanel}):
 * meetings, notices.
 */
@Controller
class MyHandbookController {

    private final MemberRegistry registry;
    private final CommitmentBook commitments;
    private final SelfAssessmentBook assessments;
    private final StudyBook study;
    private final List<HandbookPanel> panels;

    MyHandbookController(MemberRegistry registry, CommitmentBook commitments, SelfAssessmentBook assessments, StudyBook study,
                         ObjectProvider<HandbookPanel> panels) {
        this.registry = registry;
        this.commitments = commitments;
        this.assessments = assessments;
        this.study = study;
        this.panels = panels.orderedStream().sorted(Comparator.comparingInt(HandbookPanel::order)).toList();
    }

    /** A panel ready to render: where its fragment is and what it shows. */
    record ShownPanel(String template, String fragment, Object content) {
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
            model.addAttribute("studies", study.mine(viewer));
            model.addAttribute("today", study.today());
            model.addAttribute("panels", panels.stream().map(panel -> shown(panel, viewer)).filter(Objects::nonNull).toList());
        }
        return "handbook/my-handbook";
    }

    private static @Nullable ShownPanel shown(HandbookPanel panel, Viewer viewer) {
        Object content = panel.content(viewer);
        return content == null ? null : new ShownPanel(panel.template(), panel.fragment(), content);
    }
}
