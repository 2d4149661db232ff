package vn.dangbo.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.dangbo.meetings.AttendanceInput;
import vn.dangbo.meetings.AttendanceLine;
import vn.dangbo.meetings.MeetingCalendar;
import vn.dangbo.meetings.MeetingException;
import vn.dangbo.meetings.MeetingInput;
import vn.dangbo.meetings.MeetingKind;
import vn.dangbo.meetings.MeetingManagement;
import vn.dangbo.meetings.MeetingNotFound;
import vn.dangbo.meetings.MeetingView;
import vn.dangbo.meetings.MinutesInput;
import vn.dangbo.meetings.quorum.Presence;
import vn.dangbo.shared.PartyDocument;
import vn.dangbo.shared.PartyDocumentWriter;
import vn.dangbo.shared.Viewer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /meetings}: the list, a meeting's page with its steps, its papers, and the member's calendar address. */
@Controller
class MeetingController {

    private final MeetingManagement meetings;
    private final MeetingCalendar calendar;
    private final MessageSource messages;
    private final String place;
    private final java.time.Clock clock;

    MeetingController(MeetingManagement meetings, MeetingCalendar calendar, MessageSource messages, java.time.Clock clock,
                      @Value("${dangbo.organization.place:Hà Tĩnh}") String place) {
        this.clock = clock;
        this.meetings = meetings;
        this.calendar = calendar;
        this.messages = messages;
        this.place = place;
    }

    @GetMapping("/meetings")
    String listMeetings(@RequestParam(required = false) @Nullable Long cellId, Authentication authentication,
                        HttpServletRequest request, Model model) {
        Viewer viewer = Viewer.of(authentication);
        var all = meetings.list(viewer, viewer.seesAllCells() ? cellId : null);
        // soonest first for what is coming, latest first for what was held (a meeting under way counts as coming)
        java.time.Instant cutoff = java.time.Instant.now(clock).minus(java.time.Duration.ofHours(3));
        model.addAttribute("upcoming", all.stream().filter(m -> m.startsAt().isAfter(cutoff)).toList().reversed());
        model.addAttribute("past", all.stream().filter(m -> !m.startsAt().isAfter(cutoff)).toList());
        model.addAttribute("mayCreate", MeetingManagement.mayCreate(viewer));
        model.addAttribute("cells", viewer.seesAllCells() ? meetings.cellsFor(viewer) : List.of());
        model.addAttribute("cellId", cellId);
        if (viewer.memberId() != null) {
            model.addAttribute("calendarUrl", absolute(request, calendar.pathOf(viewer)));
        }
        return "meetings/list";
    }

    @GetMapping("/meetings/new")
    String initCreationForm(Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        viewer.require(MeetingManagement.mayCreate(viewer));
        return form(model, viewer, null, new MeetingForm());
    }

    @PostMapping("/meetings")
    String processCreationForm(MeetingFormParams params, Authentication authentication, Model model, RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        MeetingForm form = params.toForm();
        try {
            long id = meetings.create(viewer, form.toInput());
            redirect.addFlashAttribute("flash", message("meetings.created"));
            return "redirect:/meetings/" + id;
        } catch (MeetingException e) {
            model.addAttribute("flashError", e.getMessage());
            return form(model, viewer, null, form);
        }
    }

    @GetMapping("/meetings/{id}")
    String showMeeting(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        MeetingView meeting = meetings.view(viewer, id);
        // a cancelled meeting is kept as it was: no one changes it any more
        boolean mayManage = MeetingManagement.mayManage(viewer, meeting.cellId()) && !meeting.cancelled();
        model.addAttribute("meeting", meeting);
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("mayCancel", mayManage && !meeting.attendanceRecorded());
        model.addAttribute("quorum", meeting.attendanceRecorded() ? meetings.quorum(meeting) : null);
        model.addAttribute("quorumShare", meetings.quorumShare().toString());
        if (mayManage) {
            List<AttendanceLine> sheet = meetings.attendanceSheet(viewer, id);
            model.addAttribute("sheet", sheet);
            model.addAttribute("presences", Presence.values());
            model.addAttribute("present", meeting.attendance().stream().filter(l -> l.presence() == Presence.PRESENT).toList());
        }
        return "meetings/show";
    }

    @GetMapping("/meetings/{id}/edit")
    String initUpdateForm(@PathVariable long id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        MeetingView meeting = meetings.view(viewer, id);
        viewer.require(MeetingManagement.mayManage(viewer, meeting.cellId()));
        return form(model, viewer, meeting, MeetingForm.of(meeting));
    }

    @PostMapping("/meetings/{id}")
    String processUpdateForm(@PathVariable long id, MeetingFormParams params, Authentication authentication, Model model,
                             RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        MeetingForm form = params.toForm();
        try {
            meetings.edit(viewer, id, form.toInput());
        } catch (MeetingNotFound e) {
            throw e;
        } catch (MeetingException e) {
            model.addAttribute("flashError", e.getMessage());
            return form(model, viewer, meetings.view(viewer, id), form);
        }
        redirect.addFlashAttribute("flash", message("meetings.saved"));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/invitations")
    String processInvitations(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        try {
            MeetingManagement.Invitations sent = meetings.sendInvitations(Viewer.of(authentication), id);
            redirect.addFlashAttribute("flash", message("meetings.invited", sent.invited(), sent.byMail()));
            if (sent.warning() != null) {
                redirect.addFlashAttribute("flashError", sent.warning());
            }
        } catch (MeetingNotFound e) {
            throw e;
        } catch (MeetingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/cancel")
    String processCancellation(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
                               Authentication authentication, RedirectAttributes redirect) {
        try {
            meetings.cancel(Viewer.of(authentication), id, reason);
            redirect.addFlashAttribute("flash", message("meetings.cancel.done"));
        } catch (MeetingNotFound e) {
            throw e;
        } catch (MeetingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/attendance")
    String processAttendance(@PathVariable long id, @RequestParam Map<String, String> params, Authentication authentication,
                             RedirectAttributes redirect) {
        Viewer viewer = Viewer.of(authentication);
        List<AttendanceInput> marks = new ArrayList<>();
        for (AttendanceLine line : meetings.attendanceSheet(viewer, id)) {
            String key = String.valueOf(line.memberId());
            marks.add(new AttendanceInput(line.memberId(), presence(params.get("presence_" + key)), params.get("reason_" + key),
                    params.containsKey("suspended_" + key), params.containsKey("excused_" + key)));
        }
        try {
            var quorum = meetings.recordAttendance(viewer, id, marks);
            redirect.addFlashAttribute("flash", message(quorum.quorate() ? "meetings.attendance.savedQuorate" : "meetings.attendance.savedShort",
                    quorum.presentInBase(), quorum.base()));
        } catch (MeetingNotFound e) {
            throw e;
        } catch (MeetingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/meetings/" + id + "#attendance";
    }

    @PostMapping("/meetings/{id}/minutes")
    String processMinutes(@PathVariable long id, @RequestParam(required = false) @Nullable Long chairMemberId,
                          @RequestParam(required = false) @Nullable Long minuteTakerMemberId,
                          @RequestParam(required = false) @Nullable String discussion,
                          @RequestParam(required = false) @Nullable String conclusions,
                          @RequestParam(required = false) @Nullable String resolution,
                          @RequestParam(required = false) @Nullable Integer votesFor,
                          @RequestParam(required = false) @Nullable Integer votesAgainst,
                          Authentication authentication, RedirectAttributes redirect) {
        try {
            meetings.recordMinutes(Viewer.of(authentication), id,
                    new MinutesInput(chairMemberId, minuteTakerMemberId, discussion, conclusions, resolution, votesFor, votesAgainst));
            redirect.addFlashAttribute("flash", message("meetings.minutes.saved"));
        } catch (MeetingNotFound e) {
            throw e;
        } catch (MeetingException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            // what was typed is not lost: the form shows it again
            redirect.addFlashAttribute("typedDiscussion", discussion);
            redirect.addFlashAttribute("typedConclusions", conclusions);
            redirect.addFlashAttribute("typedResolution", resolution);
        }
        return "redirect:/meetings/" + id + "#minutes";
    }

    @GetMapping("/meetings/{id}/minutes.docx")
    ResponseEntity<byte[]> downloadMinutesDocx(@PathVariable long id, Authentication authentication) {
        return paper(meetings.minutesDocument(Viewer.of(authentication), id, place), "bien-ban-hop-chi-bo-" + id, true);
    }

    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> downloadMinutesPdf(@PathVariable long id, Authentication authentication) {
        return paper(meetings.minutesDocument(Viewer.of(authentication), id, place), "bien-ban-hop-chi-bo-" + id, false);
    }

    @GetMapping("/meetings/{id}/resolution.docx")
    ResponseEntity<byte[]> downloadResolutionDocx(@PathVariable long id, Authentication authentication) {
        return paper(meetings.resolutionDocument(Viewer.of(authentication), id, place), "nghi-quyet-hop-chi-bo-" + id, true);
    }

    @GetMapping("/meetings/{id}/resolution.pdf")
    ResponseEntity<byte[]> downloadResolutionPdf(@PathVariable long id, Authentication authentication) {
        return paper(meetings.resolutionDocument(Viewer.of(authentication), id, place), "nghi-quyet-hop-chi-bo-" + id, false);
    }

    @PostMapping("/meetings/calendar/new-link")
    String processNewCalendarLink(Authentication authentication, RedirectAttributes redirect) {
        calendar.renew(Viewer.of(authentication));
        redirect.addFlashAttribute("flash", message("meetings.calendar.renewed"));
        return "redirect:/meetings#calendar";
    }

    /** Public (see MeetingPublicPaths): the secret in the address is the member's key. */
    @GetMapping("/meetings/calendar/{token}.ics")
    ResponseEntity<String> downloadCalendar(@PathVariable String token) {
        return calendar.feed(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                        .header("X-Robots-Tag", "noindex")
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private ResponseEntity<byte[]> paper(PartyDocument document, String name, boolean docx) {
        byte[] bytes = docx ? PartyDocumentWriter.docx(document) : PartyDocumentWriter.pdf(document);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(docx ? PartyDocumentWriter.DOCX_TYPE : PartyDocumentWriter.PDF_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + (docx ? ".docx" : ".pdf"), StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private String form(Model model, Viewer viewer, @Nullable MeetingView meeting, MeetingForm form) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("cells", meetings.cellsFor(viewer));
        model.addAttribute("chooseCell", meeting == null && viewer.seesAllCells());
        model.addAttribute("documents", meetings.documentChoices(viewer));
        if (meeting != null) {
            // a linked document older than the latest ones stays on offer
            List<vn.dangbo.meetings.LinkedDocument> shown = new ArrayList<>(meetings.documentChoices(viewer));
            for (var d : meeting.documents()) {
                if (shown.stream().noneMatch(s -> s.id() == d.id())) {
                    shown.add(d);
                }
            }
            model.addAttribute("documents", shown);
        }
        return "meetings/form";
    }

    private static @Nullable Presence presence(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Presence.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new MeetingException("Giá trị điểm danh không hợp lệ.");
        }
    }

    private static String absolute(HttpServletRequest request, String path) {
        return ServletUriComponentsBuilder.fromContextPath(request).path(path).toUriString();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The meeting form's fields as posted; strings, so that a wrong value gets a message, not a 400. */
    record MeetingFormParams(@Nullable String cellId, @Nullable String kind, @Nullable String topic, @Nullable String startsAt,
                             @Nullable String place, @Nullable String agenda, @Nullable List<String> documentIds) {

        MeetingForm toForm() {
            MeetingForm form = new MeetingForm();
            form.cellId = cellId;
            form.kind = kind;
            form.topic = topic == null ? "" : topic;
            form.startsAt = startsAt == null ? "" : startsAt;
            form.place = place == null ? "" : place;
            form.agenda = agenda == null ? "" : agenda;
            form.documentIds = documentIds == null ? List.of() : documentIds;
            return form;
        }
    }

    /** What the form shows and sends back. */
    static class MeetingForm {
        @Nullable String cellId;
        @Nullable String kind = MeetingKind.REGULAR.name();
        String topic = "";
        String startsAt = "";
        String place = "";
        String agenda = "";
        List<String> documentIds = List.of();

        static MeetingForm of(MeetingView m) {
            MeetingForm f = new MeetingForm();
            f.cellId = String.valueOf(m.cellId());
            f.kind = m.kind().name();
            f.topic = m.topic();
            f.startsAt = LocalDateTime.ofInstant(m.startsAt(), vn.dangbo.shared.VietnameseDates.ZONE).toString();
            f.place = m.place();
            f.agenda = m.agenda();
            f.documentIds = m.documents().stream().map(d -> String.valueOf(d.id())).toList();
            return f;
        }

        MeetingInput toInput() {
            Long cell = null;
            if (cellId != null && !cellId.isBlank()) {
                try {
                    cell = Long.parseLong(cellId.strip());
                } catch (NumberFormatException e) {
                    throw new MeetingException("Chi bộ đã chọn không tồn tại hoặc không còn hoạt động.");
                }
            }
            MeetingKind chosenKind = null;
            if (kind != null && !kind.isBlank()) {
                try {
                    chosenKind = MeetingKind.valueOf(kind.strip());
                } catch (IllegalArgumentException e) {
                    throw new MeetingException("Chọn loại cuộc họp (thường kỳ hay chuyên đề).");
                }
            }
            LocalDateTime at = null;
            if (!startsAt.isBlank()) {
                try {
                    at = LocalDateTime.parse(startsAt.strip());
                } catch (DateTimeParseException e) {
                    throw new MeetingException("Ngày giờ họp không hợp lệ; chọn ngày và giờ trong ô (ví dụ 10/12/2026 14:00).");
                }
            }
            List<Long> ids = new ArrayList<>();
            for (String id : documentIds) {
                try {
                    ids.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    throw new MeetingException("Văn bản mã số \"" + (id.length() > 20 ? id.substring(0, 20) + "…" : id)
                            + "\" không có trong thư viện.");
                }
            }
            return new MeetingInput(cell, chosenKind, topic, at, place, agenda, ids);
        }

        public @Nullable String getCellId() { return cellId; }
        public @Nullable String getKind() { return kind; }
        public String getTopic() { return topic; }
        public String getStartsAt() { return startsAt; }
        public String getPlace() { return place; }
        public String getAgenda() { return agenda; }
        public List<String> getDocumentIds() { return documentIds; }
    }
}
