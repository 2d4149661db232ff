package vn.dangbo.congress.web;

import org.springframework.format.annotation.DateTimeFormat;
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
import vn.dangbo.congress.Approval;
import vn.dangbo.congress.CongressDocuments;
import vn.dangbo.congress.CongressException;
import vn.dangbo.congress.CongressKind;
import vn.dangbo.congress.CongressManagement;
import vn.dangbo.congress.CongressViews;
import vn.dangbo.congress.ConvenedStatus;
import vn.dangbo.congress.ElectionKind;
import vn.dangbo.congress.EnteredBallot;
import vn.dangbo.congress.NewCongress;
import vn.dangbo.congress.NewElection;
import vn.dangbo.congress.NominationSource;
import vn.dangbo.congress.ShowOfHandsKind;
import vn.dangbo.congress.counting.Mark;
import vn.dangbo.congress.counting.Method;
import vn.dangbo.congress.counting.Ruling;
import vn.dangbo.shared.PartyDocumentWriter;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The congress pages. Every form posts with its CSRF token; a refused request changes nothing and
 * comes back as a Vietnamese message on the page it came from.
 */
@Controller
class CongressController {

    private final CongressManagement congresses;
    private final CongressDocuments documents;

    CongressController(CongressManagement congresses, CongressDocuments documents) {
        this.congresses = congresses;
        this.documents = documents;
    }

    @GetMapping("/congresses")
    String listCongresses(Model model) {
        model.addAttribute("congresses", congresses.congresses());
        model.addAttribute("kinds", CongressKind.values());
        return "congress/list";
    }

    @PostMapping("/congresses")
    String processCongressForm(@RequestParam(defaultValue = "MEMBERS") CongressKind kind,
                               @RequestParam(defaultValue = "0") int ordinal, @RequestParam(defaultValue = "") String name,
                               @RequestParam(defaultValue = "") String termLabel,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                               Authentication authentication, RedirectAttributes redirect) {
        try {
            if (opensOn == null || closesOn == null) {
                throw new CongressException("Cần ghi ngày khai mạc và ngày bế mạc.");
            }
            long id = congresses.createCongress(new NewCongress(kind, ordinal, name, termLabel, opensOn, closesOn), Viewer.of(authentication));
            redirect.addFlashAttribute("flash", "Đã tạo đại hội.");
            return "redirect:/congresses/" + id;
        } catch (CongressException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/congresses";
        }
    }

    @GetMapping("/congresses/{id}")
    String showCongress(@PathVariable long id, Model model) {
        model.addAttribute("details", congresses.details(id));
        model.addAttribute("statuses", ConvenedStatus.values());
        model.addAttribute("electionKinds", ElectionKind.values());
        model.addAttribute("voteKinds", ShowOfHandsKind.values());
        return "congress/show";
    }

    @PostMapping("/congresses/{id}/convened/{memberId}")
    String processStatusForm(@PathVariable long id, @PathVariable long memberId, @RequestParam ConvenedStatus status,
                             @RequestParam(defaultValue = "") String note, Authentication authentication, RedirectAttributes redirect) {
        return attempt(redirect, "/congresses/" + id, "Đã ghi tình trạng.",
                () -> congresses.setStatus(id, memberId, status, note, Viewer.of(authentication)));
    }

    @PostMapping("/congresses/{id}/elections")
    String processElectionForm(@PathVariable long id, @RequestParam ElectionKind kind, @RequestParam(defaultValue = "") String title,
                               @RequestParam(defaultValue = "0") int seats, @RequestParam(required = false) Integer bodyMembers,
                               @RequestParam(name = "candidateIds", required = false) List<Long> candidateIds,
                               Authentication authentication, RedirectAttributes redirect) {
        try {
            long election = congresses.createElection(id, new NewElection(kind, title, seats,
                    candidateIds == null ? List.of() : candidateIds, bodyMembers), Viewer.of(authentication));
            redirect.addFlashAttribute("flash", "Đã lập danh sách bầu cử.");
            return "redirect:/congresses/" + id + "/elections/" + election;
        } catch (CongressException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/congresses/" + id;
        }
    }

    @GetMapping("/congresses/{id}/elections/{electionId}")
    String showElection(@PathVariable long id, @PathVariable long electionId, @RequestParam(required = false) Integer round,
                        Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        CongressViews.Election election = congresses.election(id, electionId);
        CongressViews.Details details = congresses.details(id);
        model.addAttribute("election", election);
        model.addAttribute("mayManage", viewer.managesMembers());
        boolean candidate = election.candidates().stream().anyMatch(c -> viewer.memberId() != null && c.memberId() == viewer.memberId());
        model.addAttribute("onBoard", details.onBoard(viewer.memberId()) && !candidate);
        model.addAttribute("mayPrintBallots", viewer.managesMembers() || details.onBoard(viewer.memberId()));
        model.addAttribute("maxBallotPages", CongressDocuments.MAX_BALLOT_PAGES);
        model.addAttribute("convened", details.convened());
        model.addAttribute("sources", NominationSource.values());
        if (!election.rounds().isEmpty()) {
            int number = round == null ? election.rounds().size() : round;
            CongressViews.RoundSummary shown = election.rounds().stream().filter(r -> r.number() == number).findFirst()
                    .orElse(election.rounds().getLast());
            model.addAttribute("round", shown);
            if (shown.counted()) {
                model.addAttribute("result", congresses.result(id, electionId, shown.number()).orElseThrow());
            } else {
                CongressViews.Entry entry = congresses.entry(id, electionId, shown.number());
                model.addAttribute("entry", entry);
                model.addAttribute("nextSheet", viewer.memberId() == null ? 1 : entry.nextSheetFor(viewer.memberId()));
                model.addAttribute("marks", Mark.values());
                model.addAttribute("strikeOut", shown.method() == Method.STRIKE_OUT);
            }
        }
        return "congress/election";
    }

    @PostMapping("/congresses/{id}/elections/{electionId}/rounds")
    String processRoundForm(@PathVariable long id, @PathVariable long electionId, @RequestParam(defaultValue = "-1") int issued,
                            Authentication authentication, RedirectAttributes redirect) {
        return attempt(redirect, electionPath(id, electionId), "Đã mở vòng bầu.",
                () -> congresses.openRound(id, electionId, issued, Viewer.of(authentication)));
    }

    @PostMapping("/congresses/{id}/elections/{electionId}/rounds/{n}/ballots")
    String processBallotForm(@PathVariable long id, @PathVariable long electionId, @PathVariable int n,
                             @RequestParam(defaultValue = "0") int sheet, @RequestParam(name = "kept", required = false) List<String> kept,
                             @RequestParam(defaultValue = "") String written, @RequestParam(defaultValue = "false") boolean unstamped,
                             @RequestParam(defaultValue = "false") boolean doubtful, @RequestParam Map<String, String> form,
                             Authentication authentication, RedirectAttributes redirect) {
        String back = electionPath(id, electionId) + "?round=" + n;
        try {
            CongressViews.RoundSummary round = congresses.election(id, electionId).rounds().stream()
                    .filter(r -> r.number() == n).findFirst().orElseThrow(() -> new CongressException("Không có vòng bầu này."));
            EnteredBallot ballot;
            if (round.method() == Method.STRIKE_OUT) {
                ballot = EnteredBallot.keeping(kept == null ? List.of() : kept);
            } else {
                Map<String, Mark> marks = new LinkedHashMap<>();
                for (CongressViews.Candidate c : round.candidates()) {
                    String value = form.get("mark_" + c.code());
                    marks.put(c.code(), parseMark(value));
                }
                ballot = EnteredBallot.marking(marks);
            }
            ballot = ballot.withWritten(Arrays.asList(written.split(";")));
            if (unstamped) {
                ballot = ballot.asUnstamped();
            }
            if (doubtful) {
                ballot = ballot.asDoubtful();
            }
            CongressViews.SheetState state = congresses.enter(id, electionId, n, sheet, ballot, Viewer.of(authentication));
            redirect.addFlashAttribute(state == CongressViews.SheetState.MISMATCH ? "flashError" : "flash",
                    "Đã nhập phiếu số " + sheet + ": " + stateText(state));
        } catch (CongressException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + back;
    }

    @PostMapping("/congresses/{id}/elections/{electionId}/rounds/{n}/rulings")
    String processRulingForm(@PathVariable long id, @PathVariable long electionId, @PathVariable int n,
                             @RequestParam(defaultValue = "0") int sheet, @RequestParam Ruling.Verdict verdict,
                             @RequestParam(defaultValue = "") String reason, Authentication authentication, RedirectAttributes redirect) {
        return attempt(redirect, electionPath(id, electionId) + "?round=" + n, "Đã ghi phán quyết của Ban kiểm phiếu.",
                () -> congresses.rule(id, electionId, n, sheet, verdict, reason, Viewer.of(authentication)));
    }

    @PostMapping("/congresses/{id}/elections/{electionId}/rounds/{n}/close")
    String processCloseForm(@PathVariable long id, @PathVariable long electionId, @PathVariable int n,
                            Authentication authentication, RedirectAttributes redirect) {
        return attempt(redirect, electionPath(id, electionId) + "?round=" + n, "Đã kết thúc kiểm phiếu.",
                () -> congresses.close(id, electionId, n, Viewer.of(authentication)));
    }

    @GetMapping("/congresses/{id}/elections/{electionId}/rounds/{n}/ballot-log.json")
    ResponseEntity<String> exportBallotLog(@PathVariable long id, @PathVariable long electionId, @PathVariable int n) {
        String log = congresses.ballotLog(id, electionId, n);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"ballot-log-" + electionId + "-" + n + ".json\"")
                .body(log);
    }

    @PostMapping("/congresses/{id}/votes")
    String processShowOfHandsForm(@PathVariable long id, @RequestParam ShowOfHandsKind kind, @RequestParam(defaultValue = "") String title,
                                  @RequestParam(name = "memberIds", required = false) List<Long> memberIds,
                                  @RequestParam(defaultValue = "-1") int inFavour, @RequestParam(defaultValue = "0") int against,
                                  @RequestParam(defaultValue = "0") int abstain, Authentication authentication, RedirectAttributes redirect) {
        try {
            boolean adopted = congresses.recordShowOfHands(id, kind, title, memberIds == null ? List.of() : memberIds,
                    inFavour, against, abstain, Viewer.of(authentication));
            redirect.addFlashAttribute(adopted ? "flash" : "flashError", adopted
                    ? "Đã ghi biểu quyết: được thông qua (số tán thành quá một nửa cơ số N)."
                    : "Đã ghi biểu quyết: KHÔNG được thông qua (số tán thành không quá một nửa cơ số N).");
        } catch (CongressException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/congresses/" + id + "#votes";
    }

    @PostMapping("/congresses/{id}/elections/{electionId}/nominations")
    String processNominationForm(@PathVariable long id, @PathVariable long electionId, @RequestParam(defaultValue = "0") long memberId,
                                 @RequestParam(defaultValue = "FLOOR") NominationSource source, @RequestParam(defaultValue = "-1") int agree,
                                 Authentication authentication, RedirectAttributes redirect) {
        try {
            String outcome = congresses.nominate(id, electionId, memberId, source, agree, Viewer.of(authentication));
            redirect.addFlashAttribute(outcome.contains("không được bổ sung") ? "flashError" : "flash", outcome);
        } catch (CongressException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + electionPath(id, electionId);
    }

    @PostMapping("/congresses/{id}/elections/{electionId}/candidates/{memberId}/withdraw")
    String processWithdrawal(@PathVariable long id, @PathVariable long electionId, @PathVariable long memberId,
                             Authentication authentication, RedirectAttributes redirect) {
        return attempt(redirect, electionPath(id, electionId), "Đã rút tên khỏi danh sách bầu cử.",
                () -> congresses.withdraw(id, electionId, memberId, Viewer.of(authentication)));
    }

    @PostMapping("/congresses/{id}/elections/{electionId}/approval")
    String processApprovalForm(@PathVariable long id, @PathVariable long electionId, @RequestParam(defaultValue = "") String decisionNumber,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
                               @RequestParam(defaultValue = "") String body, Authentication authentication, RedirectAttributes redirect) {
        return attempt(redirect, electionPath(id, electionId), "Đã ghi chuẩn y; chức vụ và nhiệm kỳ trong tổ chức đã được cập nhật.", () -> {
            if (decidedOn == null) {
                throw new CongressException("Cần ghi ngày của quyết định chuẩn y.");
            }
            congresses.approve(id, electionId, new Approval(decisionNumber, decidedOn, body), Viewer.of(authentication));
        });
    }

    @GetMapping("/congresses/{id}/elections/{electionId}/rounds/{n}/minutes.docx")
    ResponseEntity<byte[]> downloadMinutesDocx(@PathVariable long id, @PathVariable long electionId, @PathVariable int n) {
        return file(documents.minutesDocx(id, electionId, n), PartyDocumentWriter.DOCX_TYPE, "bien-ban-kiem-phieu-" + electionId + "-vong-" + n + ".docx");
    }

    @GetMapping("/congresses/{id}/elections/{electionId}/rounds/{n}/minutes.pdf")
    ResponseEntity<byte[]> downloadMinutesPdf(@PathVariable long id, @PathVariable long electionId, @PathVariable int n) {
        return file(documents.minutesPdf(id, electionId, n), PartyDocumentWriter.PDF_TYPE, "bien-ban-kiem-phieu-" + electionId + "-vong-" + n + ".pdf");
    }

    @GetMapping("/congresses/{id}/resolution.docx")
    ResponseEntity<byte[]> downloadResolutionDocx(@PathVariable long id) {
        return file(documents.resolutionDocx(id), PartyDocumentWriter.DOCX_TYPE, "nghi-quyet-dai-hoi-" + id + ".docx");
    }

    @GetMapping("/congresses/{id}/resolution.pdf")
    ResponseEntity<byte[]> downloadResolutionPdf(@PathVariable long id) {
        return file(documents.resolutionPdf(id), PartyDocumentWriter.PDF_TYPE, "nghi-quyet-dai-hoi-" + id + ".pdf");
    }

    /** Blank ballots are for the committee and the counting board only: a stamped copy would be a ballot. */
    @GetMapping("/congresses/{id}/elections/{electionId}/rounds/{n}/ballots.pdf")
    ResponseEntity<byte[]> downloadBallots(@PathVariable long id, @PathVariable long electionId, @PathVariable int n,
                                           Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        if (!viewer.managesMembers() && !congresses.details(id).onBoard(viewer.memberId())) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ Đảng ủy và Ban kiểm phiếu được in phiếu bầu.");
        }
        return file(documents.ballotsPdf(id, electionId, n), PartyDocumentWriter.PDF_TYPE, "phieu-bau-" + electionId + "-vong-" + n + ".pdf");
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(content);
    }

    private static Mark parseMark(String value) {
        try {
            return Mark.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new CongressException("Cần chọn một dấu cho mỗi người trong danh sách.");
        }
    }

    private static String stateText(CongressViews.SheetState state) {
        return switch (state) {
            case WAITING_SECOND -> "chờ người thứ hai nhập.";
            case MISMATCH -> "KHÔNG KHỚP với lần nhập kia, cần đối chiếu lại phiếu.";
            case AWAITING_RULING -> "khớp; phiếu nghi vấn chờ Ban kiểm phiếu phán quyết.";
            case ACCEPTED -> "khớp, đã chấp nhận vào nhật ký phiếu.";
        };
    }

    private static String electionPath(long id, long electionId) {
        return "/congresses/" + id + "/elections/" + electionId;
    }

    private static String attempt(RedirectAttributes redirect, String back, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (CongressException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + back;
    }
}
