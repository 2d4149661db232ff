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
import vn.dangbo.congress.CongressException;
import vn.dangbo.congress.CongressKind;
import vn.dangbo.congress.CongressManagement;
import vn.dangbo.congress.CongressViews;
import vn.dangbo.congress.ConvenedStatus;
import vn.dangbo.congress.ElectionKind;
import vn.dangbo.congress.EnteredBallot;
import vn.dangbo.congress.NewCongress;
import vn.dangbo.congress.NewElection;
import vn.dangbo.congress.counting.Mark;
import vn.dangbo.congress.counting.Method;
import vn.dangbo.congress.counting.Ruling;
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

    CongressController(CongressManagement congresses) {
        this.congresses = congresses;
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
        return "congress/show";
    }

    @PostMapping("/congresses/{id}/convened/{memberId}")
    String processStatusForm(@PathVariable long id, @PathVariable long memberId, @RequestParam ConvenedStatus status,
                             @RequestParam(defaultValue = "") String note, Authentication authentication, RedirectAttributes redirect) {
        return attempt(redirect, "/congresses/" + id, "Đã ghi tình trạng.",
                () -> congresses.setStatus(id, memberId, status, note, Viewer.of(authentication)));
    }

    @PostMapping("/congresses/{id}/board")
    String processBoardForm(@PathVariable long id, @RequestParam(name = "memberIds", required = false) List<Long> memberIds,
                            Authentication authentication, RedirectAttributes redirect) {
        return attempt(redirect, "/congresses/" + id, "Đã ghi Ban kiểm phiếu.",
                () -> congresses.setBoard(id, memberIds == null ? List.of() : memberIds, Viewer.of(authentication)));
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
