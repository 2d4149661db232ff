package vn.dangbo.rating;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.Decision;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.MemberData;
import vn.dangbo.members.MemberException;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.members.Standing;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.rating.rules.AdmissionPolicy;
import vn.dangbo.rating.rules.AdmissionRefusal;
import vn.dangbo.rating.rules.AdmissionRules;
import vn.dangbo.shared.VietnameseText;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The party development pipeline (party-work.md R28–R31): a cell proposes a prospective member,
 * records the awareness course, the introducers and its vote; the committee decides, admits the
 * prospect as a probationary member through the member registry and, after probation, recognizes
 * them as official through the member lifecycle. The rules are {@link AdmissionRules}.
 */
@Service
@Transactional(readOnly = true)
public class PartyDevelopment {

    private static final Viewer ROSTER_READER = RatingManagement.rosterReader();
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}' \\-]+");
    private static final Pattern PLAIN = Pattern.compile("[^<>{}\\p{Cntrl}]*");

    private final Prospects prospects;
    private final ProspectIntroducers introducers;
    private final DevelopmentVotes votes;
    private final AdmissionTargets targets;
    private final MemberRegistry registry;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final AdmissionPolicy policy;

    PartyDevelopment(Prospects prospects, ProspectIntroducers introducers, DevelopmentVotes votes, AdmissionTargets targets,
                     MemberRegistry registry, OrganizationDirectory organization, Clock clock,
                     @Value("${dangbo.development.maximum-age:60}") int maximumAge,
                     @Value("${dangbo.development.course-valid-months:60}") int courseValidMonths,
                     @Value("${dangbo.development.introducers-required:2}") int introducersRequired,
                     @Value("${dangbo.development.introducer-same-cell:true}") boolean introducerSameCell,
                     @Value("${dangbo.development.introducer-official-months:0}") int introducerOfficialMonths,
                     @Value("${dangbo.development.warning-days:30}") int warningDays,
                     @Value("${dangbo.development.holidays:}") String holidays) {
        this.prospects = prospects;
        this.introducers = introducers;
        this.votes = votes;
        this.targets = targets;
        this.registry = registry;
        this.organization = organization;
        this.clock = clock;
        AdmissionPolicy standard = AdmissionPolicy.standard();
        this.policy = new AdmissionPolicy(standard.minimumAge(), maximumAge, courseValidMonths, introducersRequired,
                standard.introducerKnownMonths(), introducerSameCell, introducerOfficialMonths, standard.approvalNumerator(),
                standard.approvalDenominator(), standard.cellVoteAttempts(), standard.ceremonyWorkingDays(),
                standard.probationMonths(), standard.recognitionWorkingDays(), warningDays, holidays(holidays));
    }

    /** Days off besides weekends, as ISO dates separated by commas (the holiday calendar is each locality's). */
    static Set<LocalDate> holidays(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }

    // ---- views and commands

    public record IntroducerView(long memberId, String name, LocalDate knownSince, boolean assignedByCell) {
    }

    public record VoteView(String purpose, LocalDate heldOn, int inFavour, int officialMembers, boolean passed) {
    }

    public record ProspectView(long id, String fullName, LocalDate birthDate, Gender gender, String job, long cellId,
                               String cellName, LocalDate proposedOn, String proposedBy, String stage,
                               @Nullable String courseCertificate, @Nullable LocalDate courseCertifiedOn,
                               List<IntroducerView> introducers, List<VoteView> votes, @Nullable String decisionNumber,
                               @Nullable LocalDate decidedOn, @Nullable Long memberId, @Nullable LocalDate admittedOn,
                               @Nullable LocalDate probationEnds, @Nullable LocalDate officialOn,
                               List<AdmissionRules.Deadline> deadlines, boolean mayRecordCellSteps, boolean mayDecide) {

        public boolean admissionVotePassed() {
            return votes.stream().anyMatch(v -> v.purpose().equals("ADMISSION") && v.passed());
        }
    }

    /** A deadline soon or past, for the warnings at the top of the page. */
    public record Warning(long prospectId, String name, String cellName, AdmissionRules.DeadlineKind kind, LocalDate due,
                          boolean overdue) {
    }

    public record TargetView(int year, int target, int admitted, int percent, String setBy) {
    }

    public record Pipeline(List<ProspectView> prospects, List<Warning> warnings, List<TargetView> targets,
                           List<OrganizationUnit> cells, List<MemberView> introducerChoices, boolean mayDecide,
                           AdmissionPolicy policy) {
    }

    public record ProspectEntry(String fullName, @Nullable LocalDate birthDate, @Nullable Gender gender, String job,
                                long cellId, @Nullable LocalDate proposedOn) {
    }

    public record AdmissionEntry(String citizenId, String ethnicity, String religion, String hometown,
                                 @Nullable Education education, @Nullable PoliticalTheory politicalTheory,
                                 @Nullable LocalDate ceremonyOn) {
    }

    // ---- reading

    public Pipeline pipeline(Viewer viewer) {
        requireReader(viewer);
        LocalDate today = LocalDate.now(clock);
        List<Prospect> visible = viewer.seesAllCells() ? prospects.findAllByOrderByProposedOnDescIdDesc()
                : prospects.findByCellIdOrderByProposedOnDescIdDesc(viewer.cellId());
        List<Long> ids = visible.stream().map(Prospect::getId).toList();
        Map<Long, List<ProspectIntroducer>> byProspect = introducers.findByProspectIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(ProspectIntroducer::getProspectId));
        Map<Long, List<DevelopmentVote>> votesOf = votes.findByProspectIdInOrderByIdAsc(ids).stream()
                .collect(Collectors.groupingBy(DevelopmentVote::getProspectId));
        Map<Long, String> names = registry.namesOf(byProspect.values().stream().flatMap(List::stream)
                .map(ProspectIntroducer::getMemberId).collect(Collectors.toSet()));
        Map<Long, String> cellNames = organization.namesOf(visible.stream().map(Prospect::getCellId).collect(Collectors.toSet()));
        List<ProspectView> views = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (Prospect p : visible) {
            ProspectView view = view(p, byProspect.getOrDefault(p.getId(), List.of()), votesOf.getOrDefault(p.getId(), List.of()),
                    names, cellNames.getOrDefault(p.getCellId(), "?"), viewer, today);
            views.add(view);
            for (AdmissionRules.Deadline d : view.deadlines()) {
                if (d.urgency() != AdmissionRules.Urgency.LATER) {
                    warnings.add(new Warning(p.getId(), p.getFullName(), view.cellName(), d.kind(), d.due(),
                            d.urgency() == AdmissionRules.Urgency.OVERDUE));
                }
            }
        }
        warnings.sort(Comparator.comparing(Warning::due));
        // The cells the viewer may propose for: the committee's all, a secretary's own; the administrator only looks.
        List<OrganizationUnit> cells = organization.activeCells().stream().filter(c -> mayRecordCellSteps(viewer, c.id())).toList();
        List<MemberView> choices = registry.all(viewer.seesAllCells() ? MemberQuery.all()
                        : new MemberQuery(null, viewer.cellId(), null, null, null, null, null, null, false), ROSTER_READER).stream()
                .filter(m -> m.kind() == MembershipKind.OFFICIAL && m.standing() == Standing.ACTIVE).toList();
        return new Pipeline(views, warnings, targets(), cells, choices, RatingManagement.mayDecide(viewer), policy);
    }

    /** The yearly targets with what was admitted against each, newest first. */
    public List<TargetView> targets() {
        List<Prospect> all = prospects.findAll();
        return targets.findAllByOrderByYearDesc().stream().map(t -> {
            int admitted = (int) all.stream().filter(p -> p.getAdmittedOn() != null && p.getAdmittedOn().getYear() == t.getYear()).count();
            return new TargetView(t.getYear(), t.getAdmissions(), admitted,
                    AdmissionRules.fulfilmentPercent(admitted, t.getAdmissions()), t.getSetBy());
        }).toList();
    }

    public AdmissionPolicy policy() {
        return policy;
    }

    // ---- the cell's steps

    /** A cell proposes a prospective member: its secretary for their own cell, or the committee for any. */
    @Transactional
    public long propose(ProspectEntry entry, Viewer viewer) {
        LocalDate today = LocalDate.now(clock);
        OrganizationUnit cell = organization.findUnit(entry.cellId()).filter(u -> u.isCell() && u.active())
                .orElseThrow(() -> new RatingException("Chi bộ đã chọn không tồn tại hoặc không còn hoạt động."));
        requireCellStep(viewer, cell.id());
        String name = entry.fullName() == null ? "" : VietnameseText.clean(entry.fullName());
        if (name.isEmpty() || name.length() > 100 || !NAME.matcher(name).matches() || name.split(" ").length < 2) {
            throw new RatingException("Họ và tên gồm ít nhất hai chữ, chỉ có chữ cái, tối đa 100 ký tự.");
        }
        if (entry.birthDate() == null || entry.birthDate().isAfter(today.minusYears(16)) || entry.birthDate().isBefore(today.minusYears(100))) {
            throw new RatingException("Ngày sinh không hợp lệ: quần chúng được đề nghị phải từ 16 tuổi trở lên.");
        }
        if (entry.gender() == null) {
            throw new RatingException("Chọn giới tính (Nam/Nữ).");
        }
        String job = plain(entry.job(), 200, "Nghề nghiệp, nơi công tác");
        if (entry.proposedOn() == null || entry.proposedOn().isAfter(today)) {
            throw new RatingException("Ngày chi bộ đề nghị không được để trống và không được sau hôm nay.");
        }
        return prospects.save(new Prospect(name, entry.birthDate(), entry.gender(), job, cell.id(), entry.proposedOn(),
                viewer.username(), Instant.now(clock))).getId();
    }

    /** The party awareness course certificate (R28). */
    @Transactional
    public void recordCourse(long prospectId, String certificate, @Nullable LocalDate certifiedOn, Viewer viewer) {
        Prospect p = lock(prospectId);
        requireCellStep(viewer, p.getCellId());
        requireBeforeDecision(p);
        String number = plain(certificate, 60, "Số giấy chứng nhận");
        if (certifiedOn == null || certifiedOn.isAfter(LocalDate.now(clock)) || certifiedOn.isBefore(p.getBirthDate())) {
            throw new RatingException("Ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng không hợp lệ (không được sau hôm nay).");
        }
        p.recordCourse(number, certifiedOn);
    }

    /** An official member introduces the prospect (R29), checked on the day it is recorded. */
    @Transactional
    public void addIntroducer(long prospectId, long memberId, @Nullable LocalDate knownSince, boolean assignedByCell, Viewer viewer) {
        Prospect p = lock(prospectId);
        requireCellStep(viewer, p.getCellId());
        requireBeforeDecision(p);
        if (passedAdmissionVote(p)) {
            throw new RatingException("Chi bộ đã biểu quyết đề nghị kết nạp: không thay đổi người giới thiệu nữa (R29).");
        }
        if (knownSince == null) {
            throw new RatingException("Cần ghi ngày bắt đầu cùng công tác với người được giới thiệu (R29).");
        }
        List<ProspectIntroducer> current = introducers.findByProspectIdOrderByIdAsc(p.getId());
        if (current.stream().anyMatch(i -> i.getMemberId() == memberId)) {
            throw new RatingException("Đảng viên này đã là người giới thiệu của quần chúng " + p.getFullName() + ".");
        }
        if (current.size() >= policy.introducersRequired() && !assignedByCell) {
            throw new RatingException("Đã đủ " + policy.introducersRequired() + " người giới thiệu (R29); chỉ thêm người do chi bộ phân công thay người đã chuyển đi.");
        }
        LocalDate today = LocalDate.now(clock);
        AdmissionRules.IntroducerCase c = introducerCase(memberId, knownSince, assignedByCell);
        refuseIf(AdmissionRules.introducer(policy, c, p.getCellId(), today));
        introducers.save(new ProspectIntroducer(p.getId(), memberId, knownSince, assignedByCell, viewer.username(), Instant.now(clock)));
    }

    /** The cell's vote on the admission (R30); a failed vote is kept, and after three the case goes up. Says whether it passed. */
    @Transactional
    public boolean recordAdmissionVote(long prospectId, @Nullable LocalDate heldOn, int inFavour, int officialMembers, Viewer viewer) {
        Prospect p = lock(prospectId);
        requireCellStep(viewer, p.getCellId());
        requireBeforeDecision(p);
        if (passedAdmissionVote(p)) {
            throw new RatingException("Chi bộ đã biểu quyết đề nghị kết nạp quần chúng " + p.getFullName() + " (đạt): chờ đảng ủy quyết định.");
        }
        if (heldOn == null || heldOn.isAfter(LocalDate.now(clock)) || heldOn.isBefore(p.getProposedOn())) {
            throw new RatingException("Ngày chi bộ biểu quyết phải từ ngày đề nghị đến hôm nay.");
        }
        refuseIf(AdmissionRules.age(policy, p.getBirthDate(), heldOn));
        refuseIf(AdmissionRules.course(policy, Optional.ofNullable(p.getCourseCertifiedOn()), heldOn));
        List<AdmissionRules.IntroducerCase> cases = new ArrayList<>();
        for (ProspectIntroducer i : introducers.findByProspectIdOrderByIdAsc(p.getId())) {
            cases.add(introducerCase(i.getMemberId(), i.getKnownSince(), i.isAssignedByCell()));
        }
        refuseIf(AdmissionRules.introducers(policy, cases));
        for (AdmissionRules.IntroducerCase c : cases) {
            // Still true on the day of the vote: an introducer who left or lost standing must be replaced.
            refuseIf(AdmissionRules.introducer(policy, c, p.getCellId(), heldOn));
        }
        int failed = (int) votes.findByProspectIdOrderByIdAsc(p.getId()).stream()
                .filter(v -> v.getPurpose() == DevelopmentVote.Purpose.ADMISSION && !v.isPassed()).count();
        refuseIf(AdmissionRules.mayVoteAgain(policy, failed));
        refuseIf(AdmissionRules.count(inFavour, officialMembers));
        boolean passed = AdmissionRules.passes(policy, inFavour, officialMembers);
        votes.save(new DevelopmentVote(p.getId(), DevelopmentVote.Purpose.ADMISSION, heldOn, inFavour, officialMembers, passed,
                viewer.username(), Instant.now(clock)));
        return passed;
    }

    // ---- the committee's steps

    /** The committee's admission decision, after the cell's vote passed (R30). */
    @Transactional
    public void decide(long prospectId, String decisionNumber, @Nullable LocalDate decidedOn, Viewer viewer) {
        requireCommittee(viewer);
        Prospect p = lock(prospectId);
        requireBeforeDecision(p);
        Optional<DevelopmentVote> passed = votes.findByProspectIdOrderByIdAsc(p.getId()).stream()
                .filter(v -> v.getPurpose() == DevelopmentVote.Purpose.ADMISSION && v.isPassed()).findFirst();
        if (passed.isEmpty()) {
            throw new RatingException("Chi bộ chưa biểu quyết đạt ít nhất 2/3 đảng viên chính thức tán thành (R30): đảng ủy chưa thể quyết định kết nạp.");
        }
        String number = plain(decisionNumber, 60, "Số quyết định");
        if (decidedOn == null || decidedOn.isAfter(LocalDate.now(clock)) || decidedOn.isBefore(passed.get().getHeldOn())) {
            throw new RatingException("Ngày quyết định kết nạp phải từ ngày chi bộ biểu quyết (" + vn.dangbo.shared.VietnameseDates.date(passed.get().getHeldOn())
                    + ") đến hôm nay.");
        }
        p.decide(number, decidedOn, viewer.username());
    }

    /** The ceremony: the prospect becomes a probationary member through the member registry's admission. */
    @Transactional
    public long admit(long prospectId, AdmissionEntry entry, Viewer viewer) {
        requireCommittee(viewer);
        Prospect p = lock(prospectId);
        if (p.stage() != Prospect.Stage.DECIDED) {
            throw new RatingException(p.getMemberId() != null ? "Quần chúng " + p.getFullName() + " đã được kết nạp."
                    : "Đảng ủy chưa quyết định kết nạp quần chúng " + p.getFullName() + " (R30).");
        }
        LocalDate decidedOn = p.getCommitteeDecidedOn();
        if (entry.ceremonyOn() == null || entry.ceremonyOn().isAfter(LocalDate.now(clock))) {
            throw new RatingException("Ngày tổ chức lễ kết nạp không được để trống và không được sau hôm nay.");
        }
        refuseIf(AdmissionRules.ceremony(decidedOn, entry.ceremonyOn()));
        MemberData data = new MemberData(p.getFullName(), p.getBirthDate(), p.getGender(), entry.ethnicity(), entry.religion(),
                entry.hometown(), entry.citizenId(), null, null, p.getCellId(), entry.education(), entry.politicalTheory(),
                p.getJob(), entry.ceremonyOn(), null, MembershipKind.PROBATIONARY);
        long member;
        try {
            member = registry.admit(data, new Decision(decidedOn, p.getCommitteeDecisionNumber(), ""), viewer);
        } catch (MemberException e) {
            throw new RatingException(e.getMessage());
        }
        p.admitted(member, entry.ceremonyOn());
        return member;
    }

    /**
     * Recognition as official after probation (R30, R31): the cell's vote with at least 2/3 in favour,
     * then the committee's decision through the member lifecycle; the official date is the end of probation.
     * A failed vote is kept and changes nothing else; says whether the member was recognized.
     */
    @Transactional
    public boolean recognize(long prospectId, @Nullable LocalDate voteOn, int inFavour, int officialMembers,
                             String decisionNumber, @Nullable LocalDate decidedOn, Viewer viewer) {
        requireCommittee(viewer);
        Prospect p = lock(prospectId);
        if (p.stage() != Prospect.Stage.PROBATIONARY || p.getMemberId() == null) {
            throw new RatingException("Chỉ xét công nhận chính thức đảng viên dự bị đã kết nạp qua chương trình này và chưa được công nhận.");
        }
        LocalDate ends = AdmissionRules.probationEnds(policy, p.getAdmittedOn());
        LocalDate today = LocalDate.now(clock);
        if (voteOn == null || voteOn.isAfter(today) || voteOn.isBefore(ends)) {
            throw new RatingException("Chi bộ chỉ biểu quyết công nhận chính thức sau khi hết 12 tháng dự bị (từ ngày "
                    + vn.dangbo.shared.VietnameseDates.date(ends) + ") và không sau hôm nay (R31).");
        }
        refuseIf(AdmissionRules.count(inFavour, officialMembers));
        boolean passed = AdmissionRules.passes(policy, inFavour, officialMembers);
        votes.save(new DevelopmentVote(p.getId(), DevelopmentVote.Purpose.RECOGNITION, voteOn, inFavour, officialMembers, passed,
                viewer.username(), Instant.now(clock)));
        if (!passed) {
            return false;
        }
        String number = plain(decisionNumber, 60, "Số quyết định");
        if (decidedOn == null || decidedOn.isBefore(voteOn)) {
            throw new RatingException("Ngày quyết định công nhận chính thức phải từ ngày chi bộ biểu quyết trở đi.");
        }
        LocalDate official;
        try {
            official = registry.recognize(p.getMemberId(), new Decision(decidedOn, number, ""), viewer);
        } catch (MemberException e) {
            throw new RatingException(e.getMessage());
        }
        p.recognized(decidedOn, official);
        return true;
    }

    /** The committee sets (or changes) how many it aims to admit in a year. */
    @Transactional
    public void setTarget(int year, int admissions, Viewer viewer) {
        requireCommittee(viewer);
        int now = LocalDate.now(clock).getYear();
        if (year < 2000 || year > now + 5) {
            throw new RatingException("Năm của chỉ tiêu phải từ 2000 đến " + (now + 5) + ".");
        }
        if (admissions < 1 || admissions > 10_000) {
            throw new RatingException("Chỉ tiêu kết nạp phải từ 1 đến 10.000 đảng viên.");
        }
        Instant at = Instant.now(clock);
        targets.findByYear(year).ifPresentOrElse(t -> t.set(admissions, viewer.username(), at),
                () -> targets.save(new AdmissionTarget(year, admissions, viewer.username(), at)));
    }

    /** For the demo: a prospect whose admission went through before this module kept the pipeline. */
    @Transactional
    long recordPastAdmission(long prospectId, long memberId, LocalDate ceremonyOn) {
        Prospect p = lock(prospectId);
        p.admitted(memberId, ceremonyOn);
        return memberId;
    }

    @Transactional
    void recordPastRecognition(long prospectId, LocalDate voteOn, int inFavour, int officialMembers, LocalDate decidedOn,
                               LocalDate officialOn, Viewer viewer) {
        Prospect p = lock(prospectId);
        votes.save(new DevelopmentVote(p.getId(), DevelopmentVote.Purpose.RECOGNITION, voteOn, inFavour, officialMembers,
                AdmissionRules.passes(policy, inFavour, officialMembers), viewer.username(), Instant.now(clock)));
        p.recognized(decidedOn, officialOn);
    }

    long prospectCount() {
        return prospects.count();
    }

    // ---- helpers

    private ProspectView view(Prospect p, List<ProspectIntroducer> intro, List<DevelopmentVote> vs, Map<Long, String> names,
                              String cellName, Viewer viewer, LocalDate today) {
        List<IntroducerView> iv = intro.stream().map(i -> new IntroducerView(i.getMemberId(), names.getOrDefault(i.getMemberId(), "?"),
                i.getKnownSince(), i.isAssignedByCell())).toList();
        List<VoteView> vv = vs.stream().map(v -> new VoteView(v.getPurpose().name(), v.getHeldOn(), v.getInFavour(),
                v.getOfficialMembers(), v.isPassed())).toList();
        List<AdmissionRules.Deadline> deadlines = AdmissionRules.deadlines(policy, Optional.ofNullable(p.getCommitteeDecidedOn()),
                Optional.ofNullable(p.getAdmittedOn()), p.getOfficialOn() != null, today);
        return new ProspectView(p.getId(), p.getFullName(), p.getBirthDate(), p.getGender(), p.getJob(), p.getCellId(), cellName,
                p.getProposedOn(), p.getProposedBy(), p.stage().name(), p.getCourseCertificate(), p.getCourseCertifiedOn(), iv, vv,
                p.getCommitteeDecisionNumber(), p.getCommitteeDecidedOn(), p.getMemberId(), p.getAdmittedOn(),
                p.getAdmittedOn() == null ? null : AdmissionRules.probationEnds(policy, p.getAdmittedOn()), p.getOfficialOn(),
                deadlines, mayRecordCellSteps(viewer, p.getCellId()), RatingManagement.mayDecide(viewer));
    }

    private AdmissionRules.IntroducerCase introducerCase(long memberId, LocalDate knownSince, boolean assignedByCell) {
        MemberView m;
        try {
            m = registry.view(memberId, ROSTER_READER);
        } catch (MemberException | vn.dangbo.members.MemberNotFound e) {
            throw new RatingException("Không tìm thấy đảng viên được chọn làm người giới thiệu.");
        }
        return new AdmissionRules.IntroducerCase(m.id(), m.fullName(), m.kind() == MembershipKind.OFFICIAL,
                m.standing() == Standing.ACTIVE, m.cellId(), Optional.ofNullable(m.officialOn()), knownSince, assignedByCell);
    }

    private boolean passedAdmissionVote(Prospect p) {
        return votes.findByProspectIdOrderByIdAsc(p.getId()).stream()
                .anyMatch(v -> v.getPurpose() == DevelopmentVote.Purpose.ADMISSION && v.isPassed());
    }

    private static void requireBeforeDecision(Prospect p) {
        if (p.stage() == Prospect.Stage.DECIDED || p.stage() == Prospect.Stage.PROBATIONARY || p.stage() == Prospect.Stage.OFFICIAL) {
            throw new RatingException("Đảng ủy đã quyết định kết nạp quần chúng " + p.getFullName() + ": hồ sơ không thay đổi được nữa.");
        }
    }

    private static void refuseIf(Optional<AdmissionRefusal> refusal) {
        if (refusal.isPresent()) {
            throw new RatingException(refusal.get().message());
        }
    }

    private static String plain(@Nullable String value, int max, String label) {
        String clean = value == null ? "" : VietnameseText.clean(value);
        if (clean.isEmpty() || clean.length() > max || !PLAIN.matcher(clean).matches()) {
            throw new RatingException(label + " không được để trống, tối đa " + max + " ký tự, không chứa < > { }.");
        }
        return clean;
    }

    private Prospect lock(long id) {
        return prospects.lockById(id).orElseThrow(() -> new RatingException("Không tìm thấy quần chúng trong chương trình phát triển đảng viên."));
    }

    /** Committee, or the secretary of the prospect's cell. */
    static boolean mayRecordCellSteps(Viewer viewer, long cellId) {
        return RatingManagement.mayDecide(viewer)
                || (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null && viewer.cellId() == cellId);
    }

    private static void requireCellStep(Viewer viewer, long cellId) {
        if (!mayRecordCellSteps(viewer, cellId)) {
            throw new RatingException("Chỉ bí thư chi bộ của quần chúng (hoặc đảng ủy) được ghi bước này của chi bộ.");
        }
    }

    private static void requireCommittee(Viewer viewer) {
        if (!RatingManagement.mayDecide(viewer)) {
            throw new RatingException("Chỉ đảng ủy quyết định kết nạp và công nhận đảng viên chính thức (R30).");
        }
    }

    private static void requireReader(Viewer viewer) {
        viewer.require(viewer.seesAllCells() || (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null));
    }
}
