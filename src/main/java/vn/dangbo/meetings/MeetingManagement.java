package vn.dangbo.meetings;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.handbook.DocumentLibrary;
import vn.dangbo.handbook.DocumentNotFound;
import vn.dangbo.handbook.DocumentQuery;
import vn.dangbo.handbook.DocumentView;
import vn.dangbo.meetings.quorum.Presence;
import vn.dangbo.meetings.quorum.Quorum;
import vn.dangbo.meetings.quorum.Share;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.Standing;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.NoticeRequested;
import vn.dangbo.shared.PersonName;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cell meetings (issue #4 item 6; party-work.md R19–R26): the committee and a cell's secretary
 * announce, invite, record attendance and write the minutes; the cell's members read. A meeting
 * of another cell does not exist for anyone below the committee.
 */
@Service
@Transactional(readOnly = true)
public class MeetingManagement {

    static final int MAX_TOPIC = 300;
    static final int MAX_PLACE = 300;
    static final int MAX_AGENDA = 10_000;
    static final int MAX_TEXT = 20_000;
    static final int MAX_REASON = 300;
    static final int MAX_DOCUMENTS = 30;
    /** A meeting entered after the fact, or planned ahead: within these bounds of today. */
    static final Duration MAX_PAST = Duration.ofDays(3 * 366);
    static final Duration MAX_AHEAD = Duration.ofDays(2 * 366);

    /** Reads the library as an ordinary member does: a linked document must be one every member may read. */
    private static final Viewer MEMBER_READER = new Viewer("meetings", Set.of(Viewer.MEMBER), null, null);

    private final Meetings meetings;
    private final MemberRegistry registry;
    private final OrganizationDirectory organization;
    private final DocumentLibrary library;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Share quorumShare;
    private final Duration documentsLead;
    private final boolean documentsLeadEnforced;

    MeetingManagement(Meetings meetings, MemberRegistry registry, OrganizationDirectory organization, DocumentLibrary library,
                      ApplicationEventPublisher events, Clock clock,
                      @Value("${dangbo.meetings.quorum:1/2}") String quorumShare,
                      @Value("${dangbo.meetings.documents-lead:P1D}") Duration documentsLead,
                      @Value("${dangbo.meetings.documents-lead-enforced:true}") boolean documentsLeadEnforced) {
        this.meetings = meetings;
        this.registry = registry;
        this.organization = organization;
        this.library = library;
        this.events = events;
        this.clock = clock;
        this.quorumShare = Share.parse(quorumShare);
        this.documentsLead = documentsLead;
        this.documentsLeadEnforced = documentsLeadEnforced;
    }

    // ---- who may do what

    /** The committee manages every cell's meetings; a cell secretary their own cell's. */
    public static boolean mayManage(Viewer viewer, long cellId) {
        return viewer.seesAllCells() || (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null && viewer.cellId() == cellId);
    }

    public static boolean mayCreate(Viewer viewer) {
        return viewer.seesAllCells() || (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null);
    }

    private static boolean maySee(Viewer viewer, long cellId) {
        return viewer.mayListCell(cellId);
    }

    /** The cells the viewer may hold meetings for. */
    public List<OrganizationUnit> cellsFor(Viewer viewer) {
        return organization.activeCells().stream().filter(c -> mayManage(viewer, c.id())).toList();
    }

    public Share quorumShare() {
        return quorumShare;
    }

    public Duration documentsLead() {
        return documentsLead;
    }

    public boolean documentsLeadEnforced() {
        return documentsLeadEnforced;
    }

    // ---- reading

    public boolean isEmpty() {
        return meetings.count() == 0;
    }

    /** The meetings the viewer may see, latest first: all cells for the committee, else their own. */
    public List<MeetingSummary> list(Viewer viewer, @Nullable Long cellId) {
        List<Meeting> found;
        if (viewer.seesAllCells()) {
            found = cellId == null ? meetings.findAllByOrderByStartsAtDesc() : meetings.findByCellIdInOrderByStartsAtDesc(List.of(cellId));
        } else {
            viewer.require(viewer.cellId() != null && (viewer.is(Viewer.CELL_SECRETARY) || viewer.is(Viewer.MEMBER)));
            found = meetings.findByCellIdInOrderByStartsAtDesc(List.of(Objects.requireNonNull(viewer.cellId())));
        }
        Map<Long, String> cells = organization.namesOf(found.stream().map(Meeting::getCellId).collect(Collectors.toSet()));
        return found.stream().map(m -> summary(m, cells.getOrDefault(m.getCellId(), "?"))).toList();
    }

    private MeetingSummary summary(Meeting m, String cellName) {
        MeetingView view = m.toView(cellName, List.of(), lines(m));
        Boolean quorate = view.attendanceRecorded() ? quorum(view).quorate() : null;
        return new MeetingSummary(view.id(), view.cellId(), cellName, view.kind(), view.title(), view.startsAt(), view.place(),
                view.invited(), view.attendanceRecorded(), view.minutesRecorded(), quorate, view.cancelled());
    }

    public MeetingView view(Viewer viewer, long id) {
        Meeting meeting = visible(viewer, id);
        return view(meeting, viewer);
    }

    private MeetingView view(Meeting meeting, @Nullable Viewer viewer) {
        return meeting.toView(organization.unit(meeting.getCellId()).name(), documents(meeting, viewer), lines(meeting));
    }

    /** The R25 counts of a meeting's recorded attendance. */
    public Quorum quorum(MeetingView meeting) {
        return Quorum.of(meeting.attendance().stream()
                .map(l -> new vn.dangbo.meetings.quorum.Attendee(l.official(), l.exempt(), l.attachedElsewhere(), l.suspended(),
                        l.excused(), Objects.requireNonNull(l.presence())))
                .toList(), quorumShare);
    }

    private Quorum quorumOf(Meeting meeting) {
        return Quorum.of(meeting.getAttendance().stream().map(AttendanceEntry::attendee).toList(), quorumShare);
    }

    /**
     * The attendance form's lines: the recorded line of each member on the rolls today, or an empty
     * one; members recorded but no longer on the rolls keep their line.
     */
    public List<AttendanceLine> attendanceSheet(Viewer viewer, long id) {
        Meeting meeting = visible(viewer, id);
        Map<Long, AttendanceLine> recorded = lines(meeting).stream().collect(Collectors.toMap(AttendanceLine::memberId, Function.identity()));
        List<AttendanceLine> sheet = new ArrayList<>();
        for (MemberView member : registry.rollOf(meeting.getCellId())) {
            AttendanceLine line = recorded.remove(member.id());
            sheet.add(line != null ? line : new AttendanceLine(member.id(), member.fullName(), member.kind() == MembershipKind.OFFICIAL,
                    member.standing() == Standing.EXEMPT, member.standing() == Standing.AWAY_TEMPORARILY, false, false, null, null,
                    member.kind() != MembershipKind.OFFICIAL || member.standing() == Standing.AWAY_TEMPORARILY));
        }
        sheet.addAll(recorded.values());
        return sheet;
    }

    /** Documents a meeting may link: the latest ones every member may read. */
    public List<LinkedDocument> documentChoices(Viewer viewer) {
        viewer.require(mayCreate(viewer));
        List<LinkedDocument> choices = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            var hits = library.search(MEMBER_READER, DocumentQuery.all(), page);
            hits.hits().forEach(h -> choices.add(new LinkedDocument(h.id(), h.number(), h.title(), h.issuedOn())));
            if (!hits.hasNext()) {
                break;
            }
        }
        return choices;
    }

    /** A member's next meetings in their cell, soonest first. */
    public List<MeetingView> upcomingFor(long memberId, int limit) {
        return registry.cellOnRolls(memberId)
                .map(cell -> meetings.findByCellIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(cell,
                                Instant.now(clock).minus(Duration.ofHours(3))).stream()
                        .filter(m -> !m.isCancelled()).limit(limit).map(m -> view(m, MEMBER_READER)).toList())
                .orElse(List.of());
    }

    /** A member's attendance over the past months: their line at each meeting that recorded one. */
    public MemberAttendance attendanceOf(long memberId, int months) {
        Long cell = registry.cellOnRolls(memberId).orElse(null);
        if (cell == null) {
            return new MemberAttendance(List.of());
        }
        Instant now = Instant.now(clock);
        Instant from = ZonedDateTime.ofInstant(now, VietnameseDates.ZONE).minusMonths(months).toInstant();
        List<MemberAttendance.Entry> entries = new ArrayList<>();
        for (Meeting m : meetings.findByCellIdAndStartsAtBetweenOrderByStartsAtAsc(cell, from, now)) {
            m.getAttendance().stream().filter(a -> a.memberId() == memberId).findFirst().ifPresent(a -> {
                AttendanceLine line = a.toLine();
                entries.add(new MemberAttendance.Entry(m.getId(), m.toView("", List.of(), List.of()).title(), m.getStartsAt(),
                        Objects.requireNonNull(line.presence()), line.reason()));
            });
        }
        return new MemberAttendance(entries.reversed());
    }

    // ---- announcing

    @Transactional
    public long create(Viewer viewer, MeetingInput input) {
        viewer.require(mayCreate(viewer));
        Long cellId = viewer.seesAllCells() ? input.cellId() : viewer.cellId();
        if (cellId == null) {
            throw new MeetingException("Chọn chi bộ họp.");
        }
        OrganizationUnit cell = organization.findUnit(cellId).filter(u -> u.isCell() && u.active())
                .orElseThrow(() -> new MeetingException("Chi bộ đã chọn không tồn tại hoặc không còn hoạt động."));
        viewer.require(mayManage(viewer, cell.id()));
        MeetingInput.Checked checked = check(input, null);
        int year = checked.startsAt().atZone(VietnameseDates.ZONE).getYear();
        Meeting meeting = meetings.save(new Meeting(cell.id(), year, meetings.lastSerial(cell.id(), year) + 1, checked,
                Instant.now(clock), viewer.username()));
        return meeting.getId();
    }

    @Transactional
    public void edit(Viewer viewer, long id, MeetingInput input) {
        Meeting meeting = notCancelled(viewer, id);
        MeetingInput.Checked checked = check(input, meeting);
        meeting.revise(checked, Instant.now(clock), viewer.username());
    }

    /** What sending the invitations did: how many members were invited, how many of them by mail too. */
    public record Invitations(int invited, int byMail, @Nullable String warning) {
    }

    /**
     * Invites every member on the cell's rolls: an in-app notice and, for those with an address, a
     * mail (through {@link NoticeRequested}, delivered once this transaction commits). R19 wants the
     * documents posted a day ahead; by configuration a later invitation is refused or only warned of.
     */
    @Transactional
    public Invitations sendInvitations(Viewer viewer, long id) {
        Meeting meeting = notCancelled(viewer, id);
        Instant now = Instant.now(clock);
        String warning = null;
        if (now.plus(documentsLead).isAfter(meeting.getStartsAt())) {
            String rule = leadRule(meeting.getStartsAt());
            if (documentsLeadEnforced) {
                throw new MeetingException(rule);
            }
            warning = rule;
        }
        MeetingView view = view(meeting, MEMBER_READER);
        List<MemberView> roll = registry.rollOf(meeting.getCellId());
        if (roll.isEmpty()) {
            throw new MeetingException("Chi bộ chưa có đảng viên nào trong danh sách để mời.");
        }
        events.publishEvent(new NoticeRequested(roll.stream().map(MemberView::id).toList(), invitationSubject(view),
                invitationBody(view), "/meetings/" + view.id(), true));
        meeting.invitationsSent(now, viewer.username());
        int byMail = (int) roll.stream().filter(m -> m.email() != null).count();
        return new Invitations(roll.size(), byMail, warning);
    }

    /**
     * For a meeting entered after it was held (invited on paper): records when invitations went out,
     * telling no one now.
     */
    @Transactional
    public void recordPastInvitations(Viewer viewer, long id, Instant sentAt) {
        Meeting meeting = notCancelled(viewer, id);
        if (!sentAt.isBefore(meeting.getStartsAt()) || sentAt.isAfter(Instant.now(clock))) {
            throw new MeetingException("Ngày gửi giấy mời phải trước giờ họp và không sau hôm nay.");
        }
        meeting.invitationsSent(sentAt, viewer.username());
    }

    static String invitationSubject(MeetingView meeting) {
        ZonedDateTime local = meeting.startsAt().atZone(VietnameseDates.ZONE);
        return "Giấy mời họp chi bộ " + meeting.kind().vietnamese() + " tháng " + local.getMonthValue() + "/" + local.getYear();
    }

    static String invitationBody(MeetingView meeting) {
        StringBuilder body = new StringBuilder();
        body.append(meeting.cellName()).append(" trân trọng kính mời đồng chí dự họp chi bộ ").append(meeting.kind().vietnamese());
        if (!meeting.topic().isBlank()) {
            body.append(" (chuyên đề: ").append(meeting.topic()).append(')');
        }
        body.append(".\n\nThời gian: ").append(VietnameseDates.weekdayDateTime(meeting.startsAt()))
                .append("\nĐịa điểm: ").append(meeting.place())
                .append("\n\nNội dung:\n").append(meeting.agenda());
        if (!meeting.documents().isEmpty()) {
            body.append("\n\nTài liệu (xem trong sổ tay điện tử):");
            meeting.documents().forEach(d -> body.append("\n- ").append(d.number()).append(" – ").append(d.title()));
        }
        body.append("\n\nĐề nghị đồng chí nghiên cứu tài liệu trước và tham dự đầy đủ, đúng giờ; nếu vắng mặt xin báo lý do với bí thư chi bộ.");
        return body.toString();
    }

    private String leadRule(Instant startsAt) {
        return "Tài liệu họp phải được gửi tới đảng viên trước ít nhất " + hours(documentsLead) + " (giờ họp "
                + VietnameseDates.weekdayDateTime(startsAt) + "). Hãy dời giờ họp hoặc gửi giấy mời sớm hơn.";
    }

    private static String hours(Duration lead) {
        return lead.toHours() % 24 == 0 ? lead.toDays() + " ngày" : lead.toHours() + " giờ";
    }

    /**
     * Calls a meeting off before it is held (party-work.md: Draft/Announced → Cancelled), with the
     * reason; members who were invited are told, in the app and by mail. A meeting whose attendance
     * was recorded was held and cannot be cancelled. The meeting is kept, marked cancelled.
     */
    @Transactional
    public void cancel(Viewer viewer, long id, @Nullable String reason) {
        Meeting meeting = managed(viewer, id);
        if (meeting.isCancelled()) {
            throw new MeetingException("Cuộc họp này đã bị hủy rồi.");
        }
        if (!meeting.getAttendance().isEmpty()) {
            throw new MeetingException("Cuộc họp đã được điểm danh, tức là đã diễn ra, nên không thể hủy.");
        }
        String why = reason == null ? "" : PlainText.line(reason);
        if (why.isEmpty()) {
            throw new MeetingException("Lý do hủy cuộc họp là bắt buộc (đảng viên được mời sẽ nhận được lý do này).");
        }
        if (why.length() > MAX_REASON) {
            throw new MeetingException("Lý do hủy tối đa " + MAX_REASON + " ký tự.");
        }
        Instant now = Instant.now(clock);
        if (meeting.getInvitationsSentAt() != null) {
            MeetingView view = meeting.toView("", List.of(), List.of()); // the notice needs no unit or documents
            List<Long> roll = registry.rollOf(meeting.getCellId()).stream().map(MemberView::id).toList();
            if (!roll.isEmpty()) {
                events.publishEvent(new NoticeRequested(roll, "Hủy: " + invitationSubject(view),
                        "Cuộc họp chi bộ lúc " + VietnameseDates.weekdayDateTime(view.startsAt()) + " tại " + view.place()
                                + " không diễn ra.\n\nLý do: " + why + "\n\nChi bộ sẽ gửi giấy mời mới khi định lại ngày họp.",
                        "/meetings/" + view.id(), true));
            }
        }
        meeting.cancel(why, now, viewer.username());
    }

    // ---- attendance and minutes

    /** Records the whole attendance at once: every member on the rolls marked, a reason for each excused absence. */
    @Transactional
    public Quorum recordAttendance(Viewer viewer, long id, List<AttendanceInput> marks) {
        Meeting meeting = notCancelled(viewer, id);
        Map<Long, AttendanceInput> byMember = new HashMap<>();
        for (AttendanceInput mark : marks) {
            if (byMember.putIfAbsent(mark.memberId(), mark) != null) {
                throw new MeetingException("Mỗi đảng viên chỉ được đánh dấu một lần.");
            }
        }
        Map<Long, AttendanceLine> sheet = attendanceSheet(viewer, id).stream()
                .collect(Collectors.toMap(AttendanceLine::memberId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        for (Long member : byMember.keySet()) {
            if (!sheet.containsKey(member)) {
                throw new MeetingException("Đảng viên mã số " + member + " không có trong danh sách của chi bộ.");
            }
        }
        List<AttendanceEntry> entries = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (AttendanceLine line : sheet.values()) {
            AttendanceInput mark = byMember.get(line.memberId());
            if (mark == null || mark.presence() == null) {
                unmarked.add(line.memberName());
                continue;
            }
            String reason = mark.reason() == null ? "" : PlainText.line(mark.reason());
            if (mark.presence() == Presence.ABSENT_WITH_REASON && reason.isEmpty()) {
                throw new MeetingException("Ghi lý do vắng mặt của đồng chí " + line.memberName() + ".");
            }
            if (reason.length() > MAX_REASON) {
                throw new MeetingException("Lý do vắng mặt tối đa " + MAX_REASON + " ký tự (đồng chí " + line.memberName() + ").");
            }
            if (mark.excused() && mark.presence().present()) {
                throw new MeetingException("Đồng chí " + line.memberName() + " được cấp có thẩm quyền cho vắng thì không thể đánh dấu có mặt.");
            }
            entries.add(new AttendanceEntry(line.memberId(), line.memberName(), line.official(), line.exempt(),
                    line.attachedElsewhere(), mark.suspended(), mark.excused(), mark.presence(),
                    mark.presence() == Presence.PRESENT || reason.isEmpty() ? null : reason));
        }
        if (!unmarked.isEmpty()) {
            throw new MeetingException("Chưa đánh dấu có mặt hay vắng mặt cho: " + String.join(", ", unmarked) + ".");
        }
        meeting.recordAttendance(entries, Instant.now(clock), viewer.username());
        return quorumOf(meeting);
    }

    /**
     * Writes the minutes and the resolution. The chair and the minute-taker are members present;
     * a resolution carries its vote, which cannot exceed the members of the R25 base present.
     */
    @Transactional
    public Quorum recordMinutes(Viewer viewer, long id, MinutesInput input) {
        Meeting meeting = notCancelled(viewer, id);
        if (meeting.getAttendance().isEmpty()) {
            throw new MeetingException("Hãy ghi điểm danh trước khi ghi biên bản.");
        }
        Quorum quorum = quorumOf(meeting);
        Map<Long, AttendanceLine> present = lines(meeting).stream().filter(l -> l.presence() == Presence.PRESENT)
                .collect(Collectors.toMap(AttendanceLine::memberId, Function.identity()));
        AttendanceLine chair = input.chairMemberId() == null ? null : present.get(input.chairMemberId());
        AttendanceLine taker = input.minuteTakerMemberId() == null ? null : present.get(input.minuteTakerMemberId());
        if (chair == null) {
            throw new MeetingException("Chọn người chủ trì trong số đảng viên có mặt.");
        }
        if (taker == null) {
            throw new MeetingException("Chọn thư ký cuộc họp trong số đảng viên có mặt.");
        }
        String discussion = text(input.discussion(), "Ý kiến thảo luận", MAX_TEXT, true);
        String conclusions = text(input.conclusions(), "Kết luận", MAX_TEXT, true);
        String resolution = text(input.resolution(), "Nghị quyết", MAX_TEXT, false);
        Integer votesFor = null;
        Integer votesAgainst = null;
        if (!resolution.isEmpty()) {
            if (input.votesFor() == null || input.votesAgainst() == null) {
                throw new MeetingException("Ghi số phiếu tán thành và không tán thành nghị quyết.");
            }
            if (input.votesFor() < 0 || input.votesAgainst() < 0) {
                throw new MeetingException("Số phiếu biểu quyết không được âm.");
            }
            if ((long) input.votesFor() + input.votesAgainst() > quorum.voters()) {
                throw new MeetingException("Tổng số tán thành và không tán thành (" + (input.votesFor() + input.votesAgainst())
                        + ") vượt số đảng viên chính thức có mặt được biểu quyết (" + quorum.voters() + ").");
            }
            votesFor = input.votesFor();
            votesAgainst = input.votesAgainst();
        }
        meeting.recordMinutes(new MinutesInput.Checked(chair.memberId(), chair.memberName(), taker.memberId(), taker.memberName(),
                discussion, conclusions, resolution, votesFor, votesAgainst), Instant.now(clock), viewer.username());
        return quorum;
    }

    // ---- documents

    /** The minutes as a party-format document; the viewer must see the meeting. */
    public vn.dangbo.shared.PartyDocument minutesDocument(Viewer viewer, long id, String place) {
        MeetingView view = view(viewer, id);
        if (!view.minutesRecorded()) {
            throw new MeetingException("Cuộc họp chưa có biên bản.");
        }
        return MeetingPapers.minutes(view, quorum(view), superior(view.cellId()), chairTitle(view), place);
    }

    public vn.dangbo.shared.PartyDocument resolutionDocument(Viewer viewer, long id, String place) {
        MeetingView view = view(viewer, id);
        if (!view.hasResolution()) {
            throw new MeetingException("Cuộc họp chưa có nghị quyết.");
        }
        Quorum quorum = quorum(view);
        if (!quorum.resolutionValid(Objects.requireNonNull(view.votesFor()))) {
            throw new MeetingException("Nghị quyết không có giá trị: " + view.votesFor() + "/" + quorum.base()
                    + " đảng viên tán thành, cần ít nhất " + quorum.neededInFavour() + ".");
        }
        return MeetingPapers.resolution(view, quorum, superior(view.cellId()), chairTitle(view), place);
    }

    private String superior(long cellId) {
        OrganizationUnit cell = organization.unit(cellId);
        if (cell.parentId() != null) {
            return organization.unit(cell.parentId()).name();
        }
        return organization.committee().map(OrganizationUnit::name).orElse("");
    }

    /** "BÍ THƯ" when the chair is the cell's secretary that day, else "CHỦ TRÌ". */
    private String chairTitle(MeetingView view) {
        java.time.LocalDate day = view.startsAt().atZone(VietnameseDates.ZONE).toLocalDate();
        boolean secretary = organization.positionsIn(view.cellId(), registry).stream()
                .anyMatch(p -> p.position() == vn.dangbo.organization.Position.SECRETARY
                        && Objects.equals(p.memberId(), view.chairMemberId())
                        && !p.startedOn().isAfter(day) && (p.endedOn() == null || p.endedOn().isAfter(day)));
        return secretary ? "Bí thư" : "Chủ trì";
    }

    // ---- helpers

    private Meeting visible(Viewer viewer, long id) {
        Meeting meeting = meetings.findById(id).orElseThrow(() -> MeetingNotFound.forId(id));
        if (!maySee(viewer, meeting.getCellId())) {
            throw MeetingNotFound.forId(id);
        }
        return meeting;
    }

    /** A meeting the viewer may change: another cell's is not found, their own cell's for a member is forbidden. */
    private Meeting managed(Viewer viewer, long id) {
        Meeting meeting = visible(viewer, id);
        viewer.require(mayManage(viewer, meeting.getCellId()));
        return meeting;
    }

    /** A meeting the viewer may change that is still on: a cancelled one is kept as it was. */
    private Meeting notCancelled(Viewer viewer, long id) {
        Meeting meeting = managed(viewer, id);
        if (meeting.isCancelled()) {
            throw new MeetingException("Cuộc họp này đã bị hủy nên không thể sửa, mời họp, điểm danh hay ghi biên bản.");
        }
        return meeting;
    }

    private MeetingInput.Checked check(MeetingInput input, @Nullable Meeting existing) {
        List<String> problems = new ArrayList<>();
        if (input.kind() == null) {
            problems.add("Chọn loại cuộc họp (thường kỳ hay chuyên đề).");
        }
        String topic = input.topic() == null ? "" : PlainText.line(input.topic());
        if (topic.length() > MAX_TOPIC) {
            problems.add("Chủ đề tối đa " + MAX_TOPIC + " ký tự.");
        } else if (input.kind() == MeetingKind.THEMATIC && topic.isEmpty()) {
            problems.add("Cuộc họp chuyên đề cần ghi chủ đề.");
        }
        Instant startsAt = null;
        LocalDateTime local = input.startsAt();
        if (local == null) {
            problems.add("Ghi ngày giờ họp.");
        } else {
            startsAt = local.atZone(VietnameseDates.ZONE).toInstant();
            Instant now = Instant.now(clock);
            if (startsAt.isBefore(now.minus(MAX_PAST)) || startsAt.isAfter(now.plus(MAX_AHEAD))) {
                problems.add("Ngày họp phải trong khoảng ba năm trước đến hai năm sau hôm nay.");
            }
        }
        String place = input.place() == null ? "" : PlainText.line(input.place());
        if (place.isEmpty()) {
            problems.add("Ghi địa điểm họp.");
        } else if (place.length() > MAX_PLACE) {
            problems.add("Địa điểm tối đa " + MAX_PLACE + " ký tự.");
        }
        String agenda = input.agenda() == null ? "" : PlainText.lines(input.agenda());
        if (agenda.isEmpty()) {
            problems.add("Ghi nội dung (chương trình) cuộc họp.");
        } else if (agenda.length() > MAX_AGENDA) {
            problems.add("Nội dung cuộc họp quá dài: tối đa " + String.format(java.util.Locale.ROOT, "%,d", MAX_AGENDA).replace(',', '.')
                    + " ký tự, đã nhập " + String.format(java.util.Locale.ROOT, "%,d", agenda.length()).replace(',', '.') + ".");
        }
        Set<Long> documentIds = new LinkedHashSet<>(input.documentIds());
        if (documentIds.size() > MAX_DOCUMENTS) {
            problems.add("Mỗi cuộc họp gắn tối đa " + MAX_DOCUMENTS + " văn bản.");
        } else {
            for (Long documentId : documentIds) {
                if (!readableByMembers(documentId)) {
                    problems.add("Văn bản mã số " + documentId + " không có trong thư viện, hoặc không phải văn bản mọi đảng viên được đọc.");
                }
            }
        }
        if (problems.isEmpty() && existing != null && documentsLeadEnforced && existing.getInvitationsSentAt() != null
                && !existing.getDocumentIds().equals(documentIds)
                && Instant.now(clock).plus(documentsLead).isAfter(Objects.requireNonNull(startsAt))) {
            problems.add("Đã gửi giấy mời và còn chưa tới " + hours(documentsLead)
                    + " là đến giờ họp: không thay đổi tài liệu họp được nữa (tài liệu phải gửi trước ít nhất " + hours(documentsLead) + ").");
        }
        if (!problems.isEmpty()) {
            throw new MeetingException(String.join(" ", problems));
        }
        return new MeetingInput.Checked(Objects.requireNonNull(input.kind()), topic, Objects.requireNonNull(startsAt), place, agenda,
                List.copyOf(documentIds));
    }

    private boolean readableByMembers(long documentId) {
        try {
            library.document(MEMBER_READER, documentId);
            return true;
        } catch (DocumentNotFound e) {
            return false;
        }
    }

    private List<LinkedDocument> documents(Meeting meeting, @Nullable Viewer viewer) {
        List<LinkedDocument> linked = new ArrayList<>();
        for (Long documentId : meeting.getDocumentIds()) {
            try {
                DocumentView d = library.document(viewer == null ? MEMBER_READER : viewer, documentId);
                linked.add(new LinkedDocument(d.id(), d.number(), d.title(), d.issuedOn()));
            } catch (DocumentNotFound e) {
                // made committee-only since it was linked: not shown to those who may no longer read it
            }
        }
        return linked;
    }

    private static List<AttendanceLine> lines(Meeting meeting) {
        return meeting.getAttendance().stream().map(AttendanceEntry::toLine)
                .sorted(Comparator.comparing((AttendanceLine l) -> PersonName.parse(l.memberName()).sortKey()))
                .toList();
    }

    private static String text(@Nullable String value, String label, int max, boolean required) {
        String clean = value == null ? "" : PlainText.lines(value);
        if (required && clean.isEmpty()) {
            throw new MeetingException(label + " không được để trống.");
        }
        if (clean.length() > max) {
            throw new MeetingException(label + " quá dài: tối đa " + max + " ký tự.");
        }
        return clean;
    }
}
