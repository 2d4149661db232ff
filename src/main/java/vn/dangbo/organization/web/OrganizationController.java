package vn.dangbo.organization.web;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.organization.MemberDirectory;
import vn.dangbo.organization.MergeCells;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationException;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.organization.PositionHolder;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Controller
class OrganizationController {

    private final OrganizationDirectory organization;
    private final MemberDirectory members;

    OrganizationController(OrganizationDirectory organization, MemberDirectory members) {
        this.organization = organization;
        this.members = members;
    }

    record CellRow(OrganizationUnit cell, long memberCount, List<PositionHolder> positions) {
    }

    @GetMapping("/organization")
    String showOrganization(Model model) {
        Map<Long, Long> counts = members.countsByCell();
        List<OrganizationUnit> cells = organization.cells();
        Map<Long, List<PositionHolder>> positions = organization.positionsInEach(cells.stream().map(OrganizationUnit::id).toList(), members);
        List<CellRow> active = cells.stream().filter(OrganizationUnit::active)
                .map(c -> new CellRow(c, counts.getOrDefault(c.id(), 0L), current(positions.getOrDefault(c.id(), List.of()))))
                .toList();
        List<CellRow> former = cells.stream().filter(c -> !c.active())
                .map(c -> new CellRow(c, 0, positions.getOrDefault(c.id(), List.of())))
                .toList();
        organization.committee().ifPresent(committee -> {
            model.addAttribute("committee", committee);
            List<PositionHolder> all = organization.positionsIn(committee.id(), members);
            model.addAttribute("committeePositions", current(all));
            model.addAttribute("committeeFormerPositions", all.stream().filter(p -> !p.current()).toList());
        });
        model.addAttribute("cells", active);
        model.addAttribute("formerCells", former);
        model.addAttribute("totalMembers", active.stream().mapToLong(CellRow::memberCount).sum());
        model.addAttribute("merges", organization.merges());
        return "organization/show";
    }

    @PostMapping("/organization/merges")
    String processMergeForm(@RequestParam(name = "sourceCellIds", required = false) List<Long> sources,
                            @RequestParam(defaultValue = "") String newCellName,
                            @RequestParam(defaultValue = "") String decisionNumber,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                            @RequestParam(defaultValue = "") String note,
                            Authentication authentication, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        viewer.require(viewer.managesMembers());
        try {
            if (decidedOn == null) {
                throw new OrganizationException("Cần ghi ngày quyết định sáp nhập.");
            }
            organization.mergeCells(new MergeCells(sources == null ? List.of() : sources, newCellName, decisionNumber, decidedOn, note));
            redirect.addFlashAttribute("flash", "Đã ghi nhận sáp nhập chi bộ theo quyết định " + decisionNumber.strip() + ".");
        } catch (OrganizationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/organization";
    }

    private static List<PositionHolder> current(List<PositionHolder> positions) {
        return positions.stream().filter(PositionHolder::current).toList();
    }
}
