package vn.dangbo.members.web;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.members.AgeBand;
import vn.dangbo.members.Decision;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.InvalidMemberData;
import vn.dangbo.members.MemberException;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberSummary;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.HtmlOptions;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Controller
class MemberController {

    static final int PAGE_SIZE = 20;
    static final List<String> ETHNICITIES = List.of("Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao",
            "Gia Rai", "Ê Đê", "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông",
            "Giáy", "Hà Nhì", "Lào", "La Hủ", "Lự", "Khơ Mú", "Mảng", "Cống", "Si La", "Phù Lá", "Lô Lô", "Bố Y");

    private final MemberRegistry registry;
    private final OrganizationDirectory organization;

    MemberController(MemberRegistry registry, OrganizationDirectory organization) {
        this.registry = registry;
        this.organization = organization;
    }

    @InitBinder("memberForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("kinds", MembershipKind.values());
        model.addAttribute("educations", Education.values());
        model.addAttribute("theories", PoliticalTheory.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("ethnicities", ETHNICITIES);
    }

    @GetMapping("/members")
    String listMembers(@ModelAttribute MemberFilters selected, @RequestParam(defaultValue = "0") int page,
                       Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        if (selected.queryTooLong()) {
            model.addAttribute("flashError", "Từ khóa tìm kiếm tối đa " + MemberFilters.MAX_QUERY + " ký tự.");
        }
        MemberQuery filters = selected.toQuery();
        Page<MemberSummary> members = registry.search(filters, viewer, page, PAGE_SIZE);
        model.addAttribute("members", members);
        model.addAttribute("query", filters);
        List<OrganizationUnit> cells = viewer.seesAllCells() ? organization.activeCells()
                : organization.activeCells().stream().filter(c -> viewer.mayListCell(c.id())).toList();
        model.addAttribute("cells", cells);
        model.addAttribute("cellOptions", HtmlOptions.of(cells.stream().map(c -> Map.entry(c.id(), c.name())).toList(), filters.cellId()));
        return "members/list";
    }

    @GetMapping("/members/{id}")
    String showMember(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        MemberView member = registry.view(id, viewer);
        model.addAttribute("member", member);
        model.addAttribute("timeline", registry.timeline(id, viewer));
        model.addAttribute("positions", organization.positionsHeldBy(id, registry));
        if (viewer.managesMembers()) {
            model.addAttribute("changes", registry.changes(id, viewer));
            model.addAttribute("activeCells", organization.activeCells());
        }
        model.addAttribute("today", registry.today());
        return "members/detail";
    }

    @GetMapping("/members/new")
    String initAdmissionForm(Authentication authentication, Model model) {
        requireManager(authentication);
        return form(model, new MemberForm(), "admit");
    }

    @PostMapping("/members/new")
    String processAdmissionForm(@ModelAttribute("memberForm") MemberForm form, BindingResult binding, Authentication authentication,
                                Model model, RedirectAttributes redirect) {
        Viewer viewer = requireManager(authentication);
        if (binding.hasErrors()) {
            return form(model, form, "admit");
        }
        try {
            long id = registry.admit(form.toData(), new Decision(form.getDecidedOn(), form.getDecisionNumber(), form.getNote()), viewer);
            redirect.addFlashAttribute("flash", "Đã ghi nhận kết nạp đảng viên " + form.toData().fullName() + ".");
            return "redirect:/members/" + id;
        } catch (MemberException e) {
            return rejected(model, form, binding, e, "admit");
        }
    }

    @GetMapping("/members/transfer-in")
    String initTransferInForm(Authentication authentication, Model model) {
        requireManager(authentication);
        MemberForm form = new MemberForm();
        form.setKind(MembershipKind.OFFICIAL);
        return form(model, form, "transferIn");
    }

    @PostMapping("/members/transfer-in")
    String processTransferInForm(@ModelAttribute("memberForm") MemberForm form, BindingResult binding, Authentication authentication,
                                 Model model, RedirectAttributes redirect) {
        Viewer viewer = requireManager(authentication);
        if (binding.hasErrors()) {
            return form(model, form, "transferIn");
        }
        try {
            long id = registry.transferIn(form.toData(), form.isTemporary(), form.getOrigin(),
                    new Decision(form.getDecidedOn(), form.getDecisionNumber(), form.getNote()), viewer);
            redirect.addFlashAttribute("flash", "Đã tiếp nhận đảng viên " + form.toData().fullName() + ".");
            return "redirect:/members/" + id;
        } catch (MemberException e) {
            return rejected(model, form, binding, e, "transferIn");
        }
    }

    @GetMapping("/members/{id}/edit")
    String initEditForm(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = requireManager(authentication);
        model.addAttribute("memberId", id);
        return form(model, MemberForm.of(registry.view(id, viewer)), "edit");
    }

    @PostMapping("/members/{id}/edit")
    String processEditForm(@PathVariable long id, @ModelAttribute("memberForm") MemberForm form, BindingResult binding,
                           Authentication authentication, Model model, RedirectAttributes redirect) {
        Viewer viewer = requireManager(authentication);
        model.addAttribute("memberId", id);
        MemberView current = registry.view(id, viewer);
        form.setCellId(current.cellId());
        form.setAdmittedOn(current.admittedOn());
        form.setOfficialOn(current.officialOn());
        form.setKind(current.kind());
        if (binding.hasErrors()) {
            return form(model, form, "edit");
        }
        try {
            registry.updateProfile(id, form.toData(), viewer);
            redirect.addFlashAttribute("flash", "Đã lưu hồ sơ.");
            return "redirect:/members/" + id;
        } catch (MemberException e) {
            return rejected(model, form, binding, e, "edit");
        }
    }

    /** One endpoint per lifecycle step; each needs the decision's date and number. */
    @PostMapping("/members/{id}/actions/{action}")
    String processLifecycleAction(@PathVariable long id, @PathVariable String action,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                                  @RequestParam(defaultValue = "") String decisionNumber, @RequestParam(defaultValue = "") String note,
                                  @RequestParam(defaultValue = "false") boolean temporary,
                                  @RequestParam(defaultValue = "") String destination, @RequestParam(required = false) Long cellId,
                                  Authentication authentication, RedirectAttributes redirect) {
        Viewer viewer = requireManager(authentication);
        Decision decision = new Decision(decidedOn, decisionNumber, note);
        try {
            String done = switch (action) {
                case "recognize" -> "Đã công nhận đảng viên chính thức từ ngày "
                        + vn.dangbo.shared.VietnameseDates.date(registry.recognize(id, decision, viewer)) + ".";
                case "transfer-out" -> {
                    registry.transferOut(id, temporary, destination, decision, viewer);
                    yield "Đã ghi nhận chuyển sinh hoạt đi.";
                }
                case "receive-back" -> {
                    if (cellId == null) {
                        throw new MemberException("Chọn chi bộ tiếp nhận.");
                    }
                    registry.receiveBack(id, cellId, decision, viewer);
                    yield "Đã tiếp nhận đảng viên trở lại sinh hoạt.";
                }
                case "exempt" -> {
                    registry.exempt(id, decision, viewer);
                    yield "Đã ghi nhận miễn công tác và sinh hoạt đảng.";
                }
                case "end-exemption" -> {
                    registry.endExemption(id, decision, viewer);
                    yield "Đã ghi nhận đảng viên trở lại sinh hoạt.";
                }
                case "remove" -> {
                    registry.removeFromRolls(id, decision, viewer);
                    yield "Đã xóa tên khỏi danh sách đảng viên.";
                }
                case "death" -> {
                    registry.recordDeath(id, decision, viewer);
                    yield "Đã ghi nhận đảng viên từ trần.";
                }
                default -> throw new MemberException("Thao tác không hợp lệ.");
            };
            redirect.addFlashAttribute("flash", done);
        } catch (MemberException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/members/" + id;
    }

    private String form(Model model, MemberForm form, String mode) {
        model.addAttribute("memberForm", form);
        model.addAttribute("mode", mode);
        model.addAttribute("activeCells", organization.activeCells());
        return "members/form";
    }

    private String rejected(Model model, MemberForm form, BindingResult binding, MemberException e, String mode) {
        if (e instanceof InvalidMemberData invalid) {
            invalid.problems().forEach(p -> binding.rejectValue(p.field(), "invalid", p.message()));
        } else {
            model.addAttribute("flashError", e.getMessage());
        }
        return form(model, form, mode);
    }

    static Viewer requireManager(Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        viewer.require(viewer.managesMembers());
        return viewer;
    }
}
