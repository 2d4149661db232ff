package vn.dangbo.rating;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.Standing;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.rating.rules.Activity;
import vn.dangbo.rating.rules.Ceiling;
import vn.dangbo.rating.rules.Decision;
import vn.dangbo.rating.rules.Discipline;
import vn.dangbo.rating.rules.DisciplineForm;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.rating.rules.MemberCase;
import vn.dangbo.rating.rules.MemberRating;
import vn.dangbo.rating.rules.OrganizationCase;
import vn.dangbo.rating.rules.OrganizationKind;
import vn.dangbo.rating.rules.OrganizationRating;
import vn.dangbo.rating.rules.RatingPolicies;
import vn.dangbo.rating.rules.RatingPolicy;
import vn.dangbo.rating.rules.RatingResult;
import vn.dangbo.rating.rules.Reason;
import vn.dangbo.rating.rules.ReviewRound;
import vn.dangbo.rating.rules.Rule;
import vn.dangbo.rating.rules.Score;
import vn.dangbo.rating.rules.Tasks;
import vn.dangbo.shared.VietnameseText;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The annual review and rating around the rules engine: the committee opens a round per year,
 * cells propose a level for their members, the committee decides through the engine (levels,
 * caps, quota), and a decided level changes only by a recorded reconsideration.
 */
@Service
@Transactional(readOnly = true)
public class RatingManagement {

    // The rating module reads the whole roster itself; who may see which part is checked here.
    private static final Viewer ROSTER_READER = new Viewer("rating", Set.of(Viewer.ADMIN), null, null);
    private static final int SELF_REVIEW_MAX = 4000;
    private static final int NOTE_MAX = 1000;

    private final RatingRounds rounds;
    private final MemberReviews reviews;
    private final ReviewLines reviewLines;
    private final Reconsiderations reconsiderations;
    private final DisciplineRecords disciplines;
    private final CellRatings cellRatings;
    private final MemberRegistry registry;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final RatingPolicyRows policyRows;
    private volatile @Nullable RatingPolicies loadedPolicies;
    private final int targetPercent;

    RatingManagement(RatingRounds rounds, MemberReviews reviews, ReviewLines reviewLines, Reconsiderations reconsiderations,
                     DisciplineRecords disciplines, CellRatings cellRatings, MemberRegistry registry,
                     OrganizationDirectory organization, Clock clock, RatingPolicyRows policyRows,
                     @Value("${dangbo.rating.target-percent:80}") int targetPercent) {
        this.policyRows = policyRows;
        this.rounds = rounds;
        this.reviews = reviews;
        this.reviewLines = reviewLines;
        this.reconsiderations = reconsiderations;
        this.disciplines = disciplines;
        this.cellRatings = cellRatings;
        this.registry = registry;
        this.organization = organization;
        this.clock = clock;
        this.targetPercent = targetPercent;
    }

    // ---- views and commands

    public record RoundSummary(int year, LocalDate reviewedOn, String basis, String openedBy, Instant openedAt,
                               int listed, int notRated, int proposed, int decided, long goodOrBetter) {

        public double goodOrBetterPercent() {
            return decided == 0 ? 0 : goodOrBetter * 100.0 / decided;
        }
    }

    /** One member of a round as a viewer may see them, with what that viewer may do next. */
    public record RosterEntry(long memberId, String memberName, long cellId, String cellName,
                              @Nullable String notRatedReason, boolean writesReview,
                              @Nullable Integer generalPoints, @Nullable Integer taskPoints, boolean allTasksOnTime,
                              int sickLeaveDays, @Nullable String selfReview, @Nullable String selfReviewedBy,
                              @Nullable Instant selfReviewedAt, @Nullable Level proposed, @Nullable String proposalNote,
                              @Nullable String proposedBy, @Nullable Instant proposedAt, @Nullable Level decided,
                              @Nullable String decisionNote, @Nullable String decidedBy, @Nullable Instant decidedAt,
                              List<ReconsiderationView> reconsiderations, boolean mayWriteReview, boolean mayPropose,
                              boolean mayDecide) {

        public boolean rated() {
            return notRatedReason == null;
        }

        public @Nullable Integer total() {
            return generalPoints == null || taskPoints == null ? null : generalPoints + taskPoints;
        }
    }

    public record RoundView(RoundSummary summary, List<RosterEntry> rated, List<RosterEntry> notRated,
                            List<DisciplineView> disciplineInYear, List<CellRatingView> cells,
                            List<OrganizationUnit> unratedCells) {
    }

    public record Proposal(int generalPoints, int taskPoints, boolean allTasksOnTime, int sickLeaveDays, Level level,
                           @Nullable String note) {
    }

    public record ReconsiderationView(Level previousLevel, Level newLevel, String reason, String decidedBy, Instant decidedAt) {
    }

    public record DisciplineEntry(long memberId, DisciplineForm form, String reason, String decisionNumber,
                                  LocalDate decidedOn, String decidingBody, LocalDate effectiveFrom,
                                  @Nullable LocalDate effectiveUntil, boolean selfRemedied) {
    }

    /** A discipline record as other modules see it: {@code form} is the code, {@code formLabel} the Vietnamese name. */
    public record DisciplineView(long id, long memberId, String memberName, String form, String formLabel, String reason,
                                 String decisionNumber, LocalDate decidedOn, String decidingBody, LocalDate effectiveFrom,
                                 @Nullable LocalDate effectiveUntil, boolean selfRemedied, String recordedBy,
                                 Instant recordedAt) {
    }

    public record CellProposal(long cellId, int generalPoints, int taskPoints, int tasksTotal, int tasksExceeded,
                               int tasksLate, Level level, @Nullable String note) {
    }

    public record CellRatingView(long cellId, String cellName, int score, int tasksTotal, int tasksExceeded, int tasksLate,
                                 int membersDisciplined, Level level, @Nullable String note, String decidedBy,
                                 Instant decidedAt) {
    }

    /** Counts per level of those decided, with the members not rated and those still pending. */
    public record ReportRow(@Nullable Long cellId, String cellName, Map<Level, Long> counts, long notRated, long pending) {

        public long count(Level level) {
            return counts.getOrDefault(level, 0L);
        }

        public long rated() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public long listed() {
            return rated() + notRated + pending;
        }

        public long goodOrBetter() {
            return count(Level.EXCELLENT) + count(Level.GOOD);
        }

        public long completedOrBetter() {
            return rated() - count(Level.NOT_COMPLETED);
        }

        public double percent(Level level) {
            return percentOf(count(level));
        }

        public double percentOf(long n) {
            return rated() == 0 ? 0 : n * 100.0 / rated();
        }
    }

    /** A member the round lists but does not rate, with the rule (R6) and its wording for this member. */
    public record NotRatedMember(long memberId, String memberName, String cellName, Rule rule, String reason) {
    }

    /** The names behind the report's figures: see {@link #reportDetails}. */
    public record ReportDetails(List<NotRatedMember> notRated, List<DisciplineView> disciplineInYear,
                                List<CellRatingView> cellRatings) {
    }

    public record Report(int year, LocalDate reviewedOn, String basis, String scopeName, List<ReportRow> cells,
                         ReportRow total, int targetPercent) {

        /** The congress target: at least this share of those rated at GOOD or better. */
        public boolean targetMet() {
            return total.rated() > 0 && total.goodOrBetter() * 100 >= (long) targetPercent * total.rated();
        }

        public static List<Level> levels() {
            return List.of(Level.values());
        }
    }

    // ---- rounds

    public List<RoundSummary> rounds(Viewer viewer) {
        requireReader(viewer);
        List<RatingRound> all = rounds.findAllByOrderByYearDesc();
        Map<Long, List<MemberReview>> byRound = reviews.findByRoundIdInOrderByIdAsc(all.stream().map(RatingRound::getId).toList())
                .stream().collect(Collectors.groupingBy(MemberReview::getRoundId));
        return all.stream().map(r -> summary(r, byRound.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** Opens the round: everyone on the rolls admitted by the day of the review is listed (R6 decides who is rated). */
    @Transactional
    public void openRound(int year, LocalDate reviewedOn, Viewer viewer) {
        requireCommittee(viewer);
        LocalDate today = LocalDate.now(clock);
        if (year < 2000 || year > today.getYear()) {
            throw new RatingException("Năm kiểm điểm phải từ 2000 đến năm hiện tại (" + today.getYear() + ").");
        }
        if (reviewedOn.getYear() < year || reviewedOn.getYear() > year + 1) {
            throw new RatingException("Ngày kiểm điểm năm " + year + " phải trong năm " + year + " hoặc đầu năm " + (year + 1) + ".");
        }
        if (rounds.findByYear(year).isPresent()) {
            throw new RatingException("Đợt kiểm điểm, đánh giá, xếp loại năm " + year + " đã được mở.");
        }
        RatingPolicy policy = policies().inForce(year);
        RatingRound round = rounds.save(new RatingRound(year, reviewedOn, policy.basis(), viewer.username(), Instant.now(clock)));
        List<MemberView> members = registry.all(MemberQuery.all(), ROSTER_READER);
        List<MemberReview> listed = new ArrayList<>();
        for (MemberView m : members) {
            if (m.admittedOn().isAfter(reviewedOn)) {
                continue;
            }
            Activity activity = m.standing() == Standing.EXEMPT ? Activity.EXEMPT : Activity.ACTIVE;
            listed.add(new MemberReview(round.getId(), m.id(), m.cellId(), m.admittedOn(), activity));
        }
        reviews.saveAll(listed);
    }

    public RoundView round(int year, Viewer viewer) {
        requireReader(viewer);
        RatingRound round = find(year);
        RatingPolicy policy = policies().inForce(year);
        List<MemberReview> all = reviews.findByRoundIdOrderByIdAsc(round.getId());
        Map<Long, String> names = registry.namesOf(all.stream().map(MemberReview::getMemberId).toList());
        Map<Long, String> cellNames = organization.namesOf(all.stream().map(MemberReview::getCellId).collect(Collectors.toSet()));
        Map<Long, List<ReconsiderationView>> history = reconsiderations
                .findByReviewIdInOrderByIdAsc(all.stream().map(MemberReview::getId).toList()).stream()
                .collect(Collectors.groupingBy(Reconsideration::getReviewId,
                        Collectors.mapping(Reconsideration::toView, Collectors.toList())));
        Comparator<RosterEntry> order = Comparator.comparing(RosterEntry::cellName, VietnameseText.collator()::compare)
                .thenComparing(RosterEntry::memberName, VietnameseText.collator()::compare);
        List<RosterEntry> rated = new ArrayList<>();
        List<RosterEntry> notRated = new ArrayList<>();
        for (MemberReview r : all) {
            if (!mayView(viewer, r)) {
                continue;
            }
            Optional<Decision.NotRated> not = MemberRating.notRated(policy, round.toRules(), engineCase(r, Optional.empty(), List.of()));
            boolean writes = not.map(Decision.NotRated::reviewed).orElse(true);
            RosterEntry entry = new RosterEntry(r.getMemberId(), names.getOrDefault(r.getMemberId(), "?"), r.getCellId(),
                    cellNames.getOrDefault(r.getCellId(), "?"), not.map(n -> n.reason().message()).orElse(null), writes,
                    r.getScore() == null ? null : r.getScore().general(), r.getScore() == null ? null : r.getScore().tasks(),
                    r.isAllTasksOnTime(), r.getSickLeaveDays(), r.getSelfReview(), r.getSelfReviewedBy(), r.getSelfReviewedAt(),
                    r.getProposedLevel(), r.getProposalNote(), r.getProposedBy(), r.getProposedAt(), r.getDecidedLevel(),
                    r.getDecisionNote(), r.getDecidedBy(), r.getDecidedAt(), history.getOrDefault(r.getId(), List.of()),
                    writes && r.getDecidedLevel() == null && viewer.mayOpenMember(r.getMemberId(), r.getCellId()),
                    not.isEmpty() && r.getDecidedLevel() == null && mayPropose(viewer, r),
                    not.isEmpty() && r.getProposedLevel() != null && mayDecide(viewer));
            (not.isEmpty() ? rated : notRated).add(entry);
        }
        rated.sort(order);
        notRated.sort(order);
        Set<Long> visible = viewer.seesAllCells() ? Set.of() : all.stream().filter(r -> mayView(viewer, r))
                .map(MemberReview::getMemberId).collect(Collectors.toSet());
        List<DisciplineView> inYear = disciplineIn(year).stream()
                .filter(d -> viewer.seesAllCells() || visible.contains(d.memberId()))
                .toList();
        List<CellRatingView> cells = views(cellRatings.findByRoundIdOrderByIdAsc(round.getId()));
        Set<Long> ratedCells = cells.stream().map(CellRatingView::cellId).collect(Collectors.toSet());
        List<OrganizationUnit> unratedCells = mayDecide(viewer)
                ? organization.activeCells().stream().filter(c -> !ratedCells.contains(c.id())).toList() : List.of();
        return new RoundView(summary(round, all), rated, notRated, inYear, cells, unratedCells);
    }

    // ---- the steps of a member's review

    @Transactional
    public void writeSelfReview(int year, long memberId, String text, Viewer viewer) {
        RatingRound round = find(year);
        MemberReview review = review(round, memberId);
        if (!viewer.mayOpenMember(memberId, review.getCellId())) {
            throw new RatingException("Chỉ đảng viên, bí thư chi bộ của đảng viên hoặc đảng ủy được ghi bản kiểm điểm này.");
        }
        Optional<Decision.NotRated> not = notRated(round, review);
        if (not.isPresent() && !not.get().reviewed()) {
            throw refusal(not.get().reason(), round.getYear());
        }
        String clean = text.strip();
        if (clean.isEmpty() || clean.length() > SELF_REVIEW_MAX) {
            throw new RatingException("Bản kiểm điểm không được để trống và dài tối đa " + SELF_REVIEW_MAX + " ký tự.");
        }
        review.writeSelfReview(clean, viewer.username(), Instant.now(clock));
    }

    /** The cell's proposal after its meeting (R8): only its secretary, or the committee entering it. */
    @Transactional
    public void propose(int year, long memberId, Proposal proposal, Viewer viewer) {
        RatingRound round = lock(year);
        MemberReview review = review(round, memberId);
        if (!mayPropose(viewer, review)) {
            throw new RatingException("Chỉ bí thư chi bộ của đảng viên này (hoặc đảng ủy) được đề xuất mức xếp loại.");
        }
        Optional<Decision.NotRated> not = notRated(round, review);
        if (not.isPresent()) {
            throw refusal(not.get().reason(), year);
        }
        RatingPolicy policy = policies().inForce(year);
        Score score = score(policy, proposal.generalPoints(), proposal.taskPoints());
        if (proposal.sickLeaveDays() < 0 || proposal.sickLeaveDays() > 366) {
            throw new RatingException("Số ngày nghỉ ốm phải từ 0 đến 366.");
        }
        String note = note(proposal.note());
        MemberCase c = new MemberCase(memberId, review.getCellId(), "", review.getAdmittedOn(), review.getActivity(), score,
                proposal.allTasksOnTime(), proposal.sickLeaveDays(), disciplinesOf(memberId), List.of(), Optional.of(proposal.level()));
        Ceiling ceiling = MemberRating.ceiling(policy, round.toRules(), c);
        List<Reason> against = ceiling.reasons().stream().filter(r -> proposal.level().isAbove(r.cap()))
                .sorted(Comparator.comparing(Reason::cap).reversed()).toList();
        if (!against.isEmpty()) {
            throw refusal(proposal.level(), against, year);
        }
        review.propose(score, proposal.allTasksOnTime(), proposal.sickLeaveDays(), proposal.level(), note,
                viewer.username(), Instant.now(clock));
    }

    /** The committee's decision (R8), checked by the engine against every rule and the quota. */
    @Transactional
    public void decide(int year, long memberId, Level level, @Nullable String note, Viewer viewer) {
        requireCommittee(viewer);
        RatingRound round = lock(year);
        MemberReview review = review(round, memberId);
        if (review.getDecidedLevel() != null) {
            throw new RatingException("Đảng ủy đã quyết định xếp loại đảng viên này (" + review.getDecidedLevel().label()
                    + "): chỉ thay đổi được bằng việc xem xét lại có ghi nhận.");
        }
        check(round, review, level);
        review.decide(level, note(note), viewer.username(), Instant.now(clock));
    }

    /** Changes a decided level, e.g. after a late discipline: by the committee, with the reason recorded. */
    @Transactional
    public void reconsider(int year, long memberId, Level level, String reason, Viewer viewer) {
        requireCommittee(viewer);
        RatingRound round = lock(year);
        MemberReview review = review(round, memberId);
        if (review.getDecidedLevel() == null) {
            throw new RatingException("Đảng viên này chưa được quyết định xếp loại: không có gì để xem xét lại.");
        }
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty() || clean.length() > NOTE_MAX) {
            throw new RatingException("Xem xét lại cần ghi rõ lý do (tối đa " + NOTE_MAX + " ký tự).");
        }
        if (level == review.getDecidedLevel()) {
            throw new RatingException("Mức xếp loại mới trùng với mức đã quyết định.");
        }
        check(round, review, level);
        Instant now = Instant.now(clock);
        Level previous = review.reconsider(level, clean, viewer.username(), now);
        reconsiderations.save(new Reconsideration(review.getId(), previous, level, clean, viewer.username(), now));
    }

    private void check(RatingRound round, MemberReview target, Level level) {
        int year = round.getYear();
        RatingPolicy policy = policies().inForce(year);
        Optional<Decision.NotRated> not = notRated(round, target);
        if (not.isPresent()) {
            throw refusal(not.get().reason(), year);
        }
        if (target.getProposedLevel() == null || target.getScore() == null) {
            throw new RatingException("Chi bộ chưa đề xuất mức xếp loại cho đảng viên này (quy trình R8): chưa thể quyết định.");
        }
        List<MemberReview> all = reviews.findByRoundIdOrderByIdAsc(round.getId());
        Map<Long, List<Discipline>> byMember = disciplines.findByMemberIdInOrderByDecidedOnAscIdAsc(
                        all.stream().map(MemberReview::getMemberId).toList()).stream()
                .collect(Collectors.groupingBy(DisciplineRecord::getMemberId,
                        Collectors.mapping(DisciplineRecord::toRules, Collectors.toList())));
        List<MemberCase> cases = new ArrayList<>();
        for (MemberReview r : all) {
            Optional<Level> counted = r.getId().equals(target.getId()) ? Optional.of(level)
                    : r.getDecidedLevel() != null ? Optional.of(r.getDecidedLevel())
                    : Optional.ofNullable(r.getProposedLevel());
            if (counted.isPresent() && r.getScore() != null) {
                cases.add(engineCase(r, counted, byMember.getOrDefault(r.getMemberId(), List.of())));
            }
        }
        RatingResult result = MemberRating.decide(policy, round.toRules(), cases);
        Decision decision = result.decisionFor(target.getMemberId()).orElseThrow();
        if (decision instanceof Decision.NotRated n) {
            throw refusal(n.reason(), year);
        }
        Decision.Rated rated = (Decision.Rated) decision;
        if (rated.refused()) {
            throw refusal(level, rated.refusals(), year);
        }
        // The quota may fall on another member already decided: that decision stands, this one cannot.
        for (MemberReview r : all) {
            if (r.getDecidedLevel() != null && !r.getId().equals(target.getId())) {
                Optional<Decision> other = result.decisionFor(r.getMemberId());
                if (other.isPresent() && other.get() instanceof Decision.Rated o && o.refused()) {
                    List<Reason> quota = o.refusals().stream().filter(x -> x.rule() == Rule.QUOTA).toList();
                    if (!quota.isEmpty()) {
                        throw refusal(level, quota, year);
                    }
                }
            }
        }
    }

    // ---- cells

    /** The committee rates a cell by the collective's criteria (R3, R9) and the organizations' quota (R5). */
    @Transactional
    public void rateCell(int year, CellProposal proposal, Viewer viewer) {
        requireCommittee(viewer);
        RatingRound round = lock(year);
        OrganizationUnit cell = organization.findUnit(proposal.cellId()).filter(OrganizationUnit::isCell)
                .orElseThrow(() -> new RatingException("Không tìm thấy chi bộ cần xếp loại."));
        if (cellRatings.findByRoundIdAndCellId(round.getId(), cell.id()).isPresent()) {
            throw new RatingException("Chi bộ \"" + cell.name() + "\" đã được xếp loại năm " + year + ".");
        }
        RatingPolicy policy = policies().inForce(year);
        Score score = score(policy, proposal.generalPoints(), proposal.taskPoints());
        Tasks tasks;
        try {
            tasks = new Tasks(proposal.tasksTotal(), proposal.tasksExceeded(), proposal.tasksLate());
        } catch (IllegalArgumentException e) {
            throw new RatingException("Số nhiệm vụ không hợp lệ: số vượt mức và số chậm tiến độ cộng lại không được quá tổng số nhiệm vụ.");
        }
        int disciplined = membersDisciplinedIn(round, cell.id());
        LocalDate formedOn = cell.foundedOn() == null ? LocalDate.of(1930, 2, 3) : cell.foundedOn();
        List<OrganizationCase> cases = new ArrayList<>();
        for (CellRating existing : cellRatings.findByRoundIdOrderByIdAsc(round.getId())) {
            // Already decided: entered at their level with a full score so that only the quota can touch them.
            cases.add(OrganizationCase.of(existing.getCellId(), OrganizationKind.PARTY_ORGANIZATION,
                    formedOn, new Score(policy.bands().generalMax(), policy.bands().tasksMax()),
                    Tasks.allOnTime(10, 10), existing.getDecidedLevel()));
        }
        cases.add(new OrganizationCase(cell.id(), OrganizationKind.PARTY_ORGANIZATION, formedOn, score, tasks, false,
                disciplined, 0, 0, Optional.of(proposal.level())));
        RatingResult result = OrganizationRating.decide(policy, round.toRules(), cases);
        Decision decision = result.decisionFor(cell.id()).orElseThrow();
        if (decision instanceof Decision.NotRated n) {
            throw refusal(n.reason(), year);
        }
        Decision.Rated rated = (Decision.Rated) decision;
        if (rated.refused()) {
            throw refusal(proposal.level(), rated.refusals(), year);
        }
        if (result.rated().stream().anyMatch(d -> d.id() != cell.id() && d.refused())) {
            throw refusal(proposal.level(), result.rated().stream().filter(d -> d.id() != cell.id())
                    .flatMap(d -> d.refusals().stream()).filter(r -> r.rule() == Rule.QUOTA).toList(), year);
        }
        cellRatings.save(new CellRating(round.getId(), cell.id(), score, tasks, disciplined, proposal.level(),
                note(proposal.note()), viewer.username(), Instant.now(clock)));
    }

    private int membersDisciplinedIn(RatingRound round, long cellId) {
        Set<Long> members = Set.copyOf(reviews.memberIdsInCell(round.getId(), cellId));
        Set<Long> disciplined = new HashSet<>();
        for (DisciplineRecord d : disciplines.findByMemberIdInOrderByDecidedOnAscIdAsc(members)) {
            if (d.toRules().decidedOn().getYear() == round.getYear()) {
                disciplined.add(d.getMemberId());
            }
        }
        return disciplined.size();
    }

    // ---- discipline

    /**
     * The committee records a disciplinary decision (a cell may impose a reprimand or a warning on its
     * members, R32, but the committee enters it): it feeds the rating caps, shows on the member's
     * timeline, and an expulsion ends the membership through the member lifecycle.
     */
    @Transactional
    public long recordDiscipline(DisciplineEntry entry, Viewer viewer) {
        if (!mayDecide(viewer)) {
            throw new RatingException("Chỉ đảng ủy ghi quyết định kỷ luật vào hồ sơ (R32: chi bộ quyết định khiển trách, cảnh cáo "
                    + "đối với đảng viên trong chi bộ và báo cáo đảng ủy; các hình thức khác do đảng ủy quyết định).");
        }
        MemberView member = registry.view(entry.memberId(), ROSTER_READER);
        LocalDate today = LocalDate.now(clock);
        if (blank(entry.reason(), NOTE_MAX) || blank(entry.decisionNumber(), 60) || blank(entry.decidingBody(), 200)) {
            throw new RatingException("Cần ghi lý do (tối đa " + NOTE_MAX + " ký tự), số quyết định (tối đa 60) và cấp quyết định (tối đa 200).");
        }
        if (!plain(entry.decisionNumber()) || !plain(entry.decidingBody())) {
            throw new RatingException("Số quyết định và cấp quyết định không được chứa các ký tự < > { } hay ký tự điều khiển.");
        }
        if (entry.decidedOn().isAfter(today)) {
            throw new RatingException("Ngày quyết định kỷ luật không được sau hôm nay.");
        }
        if (entry.effectiveFrom().isBefore(entry.decidedOn())
                || (entry.effectiveUntil() != null && entry.effectiveUntil().isBefore(entry.effectiveFrom()))) {
            throw new RatingException("Thời hạn hiệu lực phải bắt đầu từ ngày quyết định và kết thúc sau ngày bắt đầu.");
        }
        if (!member.standing().onRolls()) {
            throw new RatingException("Đảng viên " + member.fullName() + " không còn trong danh sách của đảng bộ: không thể ghi kỷ luật.");
        }
        boolean graveForm = entry.form() == DisciplineForm.REMOVAL_FROM_OFFICE || entry.form() == DisciplineForm.EXPULSION;
        if (graveForm && member.kind() != vn.dangbo.members.MembershipKind.OFFICIAL) {
            throw new RatingException("Đảng viên dự bị chỉ bị kỷ luật khiển trách hoặc cảnh cáo (R32); nếu không đủ tư cách đảng viên thì xóa tên.");
        }
        DisciplineEntry clean = new DisciplineEntry(entry.memberId(), entry.form(), VietnameseText.clean(entry.reason()),
                VietnameseText.clean(entry.decisionNumber()), entry.decidedOn(), VietnameseText.clean(entry.decidingBody()),
                entry.effectiveFrom(), entry.effectiveUntil(), entry.selfRemedied());
        long id = disciplines.save(new DisciplineRecord(clean, viewer.username(), Instant.now(clock))).getId();
        vn.dangbo.members.Decision decision = new vn.dangbo.members.Decision(clean.decidedOn(), clean.decisionNumber(), "");
        try {
            if (clean.form() == DisciplineForm.EXPULSION) {
                registry.expel(clean.memberId(), decision, "Lý do: " + clean.reason() + " (" + clean.decidingBody() + ").", viewer);
            } else {
                registry.recordDiscipline(clean.memberId(), decision, timelineLine(clean), viewer);
            }
        } catch (vn.dangbo.members.MemberException e) {
            throw new RatingException(e.getMessage());
        }
        return id;
    }

    private static String timelineLine(DisciplineEntry d) {
        String form = d.form().label();
        return "Kỷ luật " + form + " (" + d.decidingBody() + "), hiệu lực từ " + vn.dangbo.shared.VietnameseDates.date(d.effectiveFrom())
                + (d.effectiveUntil() == null ? "" : " đến " + vn.dangbo.shared.VietnameseDates.date(d.effectiveUntil()))
                + ". Lý do: " + d.reason();
    }

    private static boolean plain(String value) {
        return value.chars().noneMatch(c -> c == '<' || c == '>' || c == '{' || c == '}' || Character.isISOControl(c));
    }

    /** Every discipline record, newest first, for the committee's register. */
    public List<DisciplineView> disciplineRegister(Viewer viewer) {
        viewer.require(mayDecide(viewer));
        List<DisciplineRecord> all = disciplines.findAllByOrderByDecidedOnDescIdDesc();
        Map<Long, String> names = registry.namesOf(all.stream().map(DisciplineRecord::getMemberId).toList());
        return all.stream().map(d -> d.toView(names.getOrDefault(d.getMemberId(), "?"))).toList();
    }

    /** Who the committee may discipline: the members on the rolls, in Vietnamese order. */
    public List<MemberView> disciplinable(Viewer viewer) {
        viewer.require(mayDecide(viewer));
        return registry.all(MemberQuery.all(), ROSTER_READER);
    }

    /** A member's discipline records, oldest first, for whoever may open the member. */
    public List<DisciplineView> disciplineOf(long memberId, Viewer viewer) {
        MemberView member = registry.view(memberId, viewer);
        return disciplines.findByMemberIdOrderByDecidedOnAscIdAsc(memberId).stream().map(d -> d.toView(member.fullName())).toList();
    }

    /** Discipline decided in the year, newest first. */
    public List<DisciplineView> disciplineIn(int year) {
        List<DisciplineRecord> all = disciplines.findAllByOrderByDecidedOnDescIdDesc().stream()
                .filter(d -> d.toRules().decidedOn().getYear() == year).toList();
        Map<Long, String> names = registry.namesOf(all.stream().map(DisciplineRecord::getMemberId).toList());
        return all.stream().map(d -> d.toView(names.getOrDefault(d.getMemberId(), "?"))).toList();
    }

    // ---- report (R12)

    public Report report(int year, Viewer viewer) {
        requireReportReader(viewer);
        RatingRound round = find(year);
        RatingPolicy policy = policies().inForce(year);
        ReviewRound rules = round.toRules();
        // Whether a member is rated depends on their activity and admission day only (R6): asked once per pair.
        Map<Admission, Boolean> ratedByAdmission = new HashMap<>();
        Map<Long, CellTally> byCell = new HashMap<>();
        reviewLines.forEach(round.getId(), (cellId, admittedOn, activity, decided) -> {
            if (inReportScope(viewer, cellId)) {
                boolean rated = ratedByAdmission.computeIfAbsent(new Admission(activity, admittedOn),
                        a -> notRated(policy, rules, 0, cellId, a).isEmpty());
                byCell.computeIfAbsent(cellId, k -> new CellTally()).add(rated, decided);
            }
        });
        Map<Long, String> cellNames = organization.namesOf(byCell.keySet());
        Comparator<ReportRow> byName = Comparator.comparing(ReportRow::cellName, VietnameseText.collator()::compare);
        List<ReportRow> rows = byCell.entrySet().stream()
                .map(e -> e.getValue().row(e.getKey(), cellNames.getOrDefault(e.getKey(), "?")))
                .sorted(byName.thenComparing(r -> r.cellId() == null ? 0L : r.cellId())).toList();
        CellTally total = new CellTally();
        byCell.values().forEach(total::add);
        String scope = viewer.seesAllCells() || viewer.cellId() == null
                ? organization.committee().map(OrganizationUnit::name).orElse("")
                : organization.findUnit(viewer.cellId()).map(OrganizationUnit::name).orElse("");
        return new Report(year, round.getReviewedOn(), round.getBasis(), scope, rows, total.row(null, scope), targetPercent);
    }

    /**
     * The names behind the report's figures, in its scope: members not rated with the reason (R6,
     * in cell and name order), members disciplined in the year (R12) and the cells' own levels.
     * It reads only the members who may be not rated, not the whole round.
     */
    public ReportDetails reportDetails(int year, Viewer viewer) {
        requireReportReader(viewer);
        RatingRound round = find(year);
        RatingPolicy policy = policies().inForce(year);
        ReviewRound rules = round.toRules();
        // Everyone admitted a month or more before the cut of R6 is rated whatever the day of the month.
        LocalDate surelyRatedUpTo = round.getReviewedOn().minusMonths(policy.newMemberMonths() + 1L);
        List<MemberReview> candidates = reviews.findMaybeNotRated(round.getId(), Activity.ACTIVE, surelyRatedUpTo).stream()
                .filter(r -> inReportScope(viewer, r.getCellId())).toList();
        Map<MemberReview, Decision.NotRated> notRated = new LinkedHashMap<>();
        for (MemberReview r : candidates) {
            notRated(policy, rules, r.getMemberId(), r.getCellId(), new Admission(r.getActivity(), r.getAdmittedOn()))
                    .ifPresent(n -> notRated.put(r, n));
        }
        Map<Long, String> names = registry.namesOf(notRated.keySet().stream().map(MemberReview::getMemberId).toList());
        Map<Long, String> cellNames = organization.namesOf(notRated.keySet().stream().map(MemberReview::getCellId).collect(Collectors.toSet()));
        List<NotRatedMember> members = notRated.entrySet().stream()
                .map(e -> new NotRatedMember(e.getKey().getMemberId(), names.getOrDefault(e.getKey().getMemberId(), "?"),
                        cellNames.getOrDefault(e.getKey().getCellId(), "?"), e.getValue().reason().rule(), e.getValue().reason().message()))
                .sorted(Comparator.comparing(NotRatedMember::cellName, VietnameseText.collator()::compare)
                        .thenComparing(NotRatedMember::memberName, VietnameseText.collator()::compare))
                .toList();
        List<DisciplineView> discipline = disciplineIn(year);
        if (!viewer.seesAllCells()) {
            Set<Long> inCell = viewer.cellId() == null ? Set.of() : Set.copyOf(reviews.memberIdsInCell(round.getId(), viewer.cellId()));
            discipline = discipline.stream().filter(d -> inCell.contains(d.memberId())).toList();
        }
        return new ReportDetails(members, discipline, cellRatingsIn(year, viewer));
    }

    /**
     * Who signs the report for this viewer's scope: the current secretary of the committee, or of the
     * cell a cell secretary leads; empty when nobody holds the post.
     */
    public String reportSigner(Viewer viewer) {
        Optional<Long> unit = viewer.seesAllCells() || viewer.cellId() == null
                ? organization.committee().map(OrganizationUnit::id) : Optional.of(viewer.cellId());
        return unit.map(id -> organization.positionsIn(id, registry).stream()
                        .filter(p -> p.current() && p.position() == vn.dangbo.organization.Position.SECRETARY)
                        .map(vn.dangbo.organization.PositionHolder::memberName).findFirst().orElse(""))
                .orElse("");
    }

    /** The cells' own ratings in the report's scope (a cell secretary sees their cell's). */
    public List<CellRatingView> cellRatingsIn(int year, Viewer viewer) {
        requireReader(viewer);
        RatingRound round = find(year);
        List<CellRating> inScope = cellRatings.findByRoundIdOrderByIdAsc(round.getId()).stream()
                .filter(c -> inReportScope(viewer, c.getCellId())).toList();
        return views(inScope).stream().sorted(Comparator.comparing(CellRatingView::cellName, VietnameseText.collator()::compare)).toList();
    }

    /** The cells' ratings with their names, read in one query. */
    private List<CellRatingView> views(List<CellRating> ratings) {
        Map<Long, String> names = organization.namesOf(ratings.stream().map(CellRating::getCellId).collect(Collectors.toSet()));
        return ratings.stream().map(c -> c.toView(names.getOrDefault(c.getCellId(), "?"))).toList();
    }

    /** Why no level is given (R6): activity and admission day are all the rule looks at. */
    private record Admission(Activity activity, LocalDate admittedOn) {
    }

    /** The counts of one cell (or of the whole scope) while the report adds them up. */
    private static final class CellTally {
        private final Map<Level, Long> counts = new EnumMap<>(Level.class);
        private long notRated;
        private long pending;

        CellTally() {
            for (Level level : Level.values()) {
                counts.put(level, 0L);
            }
        }

        void add(boolean rated, @Nullable Level decided) {
            if (!rated) {
                notRated++;
            } else if (decided == null) {
                pending++;
            } else {
                counts.merge(decided, 1L, Long::sum);
            }
        }

        void add(CellTally other) {
            other.counts.forEach((level, n) -> counts.merge(level, n, Long::sum));
            notRated += other.notRated;
            pending += other.pending;
        }

        ReportRow row(@Nullable Long cellId, String name) {
            return new ReportRow(cellId, name, new EnumMap<>(counts), notRated, pending);
        }
    }

    private static boolean inReportScope(Viewer viewer, long cellId) {
        return viewer.seesAllCells() || (viewer.cellId() != null && viewer.cellId() == cellId);
    }

    private static void requireReportReader(Viewer viewer) {
        if (!viewer.seesAllCells() && !viewer.is(Viewer.CELL_SECRETARY)) {
            throw new org.springframework.security.access.AccessDeniedException("Bạn không có quyền xem báo cáo xếp loại.");
        }
    }

    // ---- helpers

    /**
     * The policies as the rating_policy table holds them (quotas, caps and months with their first
     * year), read once per node; the built-in baseline only where the table is empty.
     */
    RatingPolicies policies() {
        RatingPolicies p = loadedPolicies;
        if (p == null) {
            List<RatingPolicyRow> rows = policyRows.findAllByOrderByEffectiveFromAsc();
            p = rows.isEmpty() ? RatingPolicies.baseline() : RatingPolicies.of(rows.stream().map(RatingPolicyRow::toPolicy).toList());
            loadedPolicies = p;
        }
        return p;
    }

    /** Whether the member of this review is rated in its round (R6). */
    boolean isRated(RatingRound round, MemberReview review) {
        return notRated(round, review).isEmpty();
    }

    /** After the table changed (tests, or an administrator's SQL): read it again on next use. */
    void reloadPolicies() {
        loadedPolicies = null;
    }

    private RoundSummary summary(RatingRound round, List<MemberReview> all) {
        int notRated = (int) all.stream().filter(r -> notRated(round, r).isPresent()).count();
        int proposed = (int) all.stream().filter(r -> r.getProposedLevel() != null).count();
        int decided = (int) all.stream().filter(r -> r.getDecidedLevel() != null).count();
        long good = all.stream().filter(r -> r.getDecidedLevel() != null && r.getDecidedLevel().isAtLeast(Level.GOOD)).count();
        return new RoundSummary(round.getYear(), round.getReviewedOn(), round.getBasis(), round.getOpenedBy(),
                round.getOpenedAt(), all.size(), notRated, proposed, decided, good);
    }

    private Optional<Decision.NotRated> notRated(RatingRound round, MemberReview r) {
        return MemberRating.notRated(policies().inForce(round.getYear()), round.toRules(), engineCase(r, Optional.empty(), List.of()));
    }

    private static Optional<Decision.NotRated> notRated(RatingPolicy policy, ReviewRound rules, long memberId, long cellId,
                                                        Admission admission) {
        return MemberRating.notRated(policy, rules, new MemberCase(memberId, cellId, "", admission.admittedOn(),
                admission.activity(), new Score(0, 0), true, 0, List.of(), List.of(), Optional.empty()));
    }

    private static MemberCase engineCase(MemberReview r, Optional<Level> proposed, List<Discipline> disciplines) {
        Score score = r.getScore() == null ? new Score(0, 0) : r.getScore();
        return new MemberCase(r.getMemberId(), r.getCellId(), "", r.getAdmittedOn(), r.getActivity(), score,
                r.isAllTasksOnTime(), r.getSickLeaveDays(), disciplines, List.of(), proposed);
    }

    private List<Discipline> disciplinesOf(long memberId) {
        return disciplines.findByMemberIdOrderByDecidedOnAscIdAsc(memberId).stream().map(DisciplineRecord::toRules).toList();
    }

    private static Score score(RatingPolicy policy, int general, int tasks) {
        if (general < 0 || tasks < 0 || general > policy.bands().generalMax() || tasks > policy.bands().tasksMax()) {
            throw new RatingException("Điểm không hợp lệ (R2): tiêu chí chung từ 0 đến " + policy.bands().generalMax()
                    + ", kết quả nhiệm vụ từ 0 đến " + policy.bands().tasksMax() + ".");
        }
        return new Score(general, tasks);
    }

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > NOTE_MAX) {
            throw new RatingException("Ghi chú dài tối đa " + NOTE_MAX + " ký tự.");
        }
        return note.strip();
    }

    private static boolean blank(@Nullable String value, int max) {
        return value == null || value.isBlank() || value.strip().length() > max;
    }

    private RatingRefused refusal(Reason reason, int year) {
        return new RatingRefused(reason.rule(), reason.message() + " (" + reason.rule().reference() + "; "
                + policies().inForce(year).basis() + ").");
    }

    private RatingRefused refusal(Level level, List<Reason> reasons, int year) {
        Reason first = reasons.getFirst();
        String why = reasons.stream().map(r -> r.message() + " (" + r.rule().reference() + ")").collect(Collectors.joining("; "));
        return new RatingRefused(first.rule(), "Không thể xếp loại \"" + level.label() + "\": " + why + ". Căn cứ: "
                + policies().inForce(year).basis() + ".");
    }

    // Two committee members deciding at once must not both take the last place in the quota.
    private RatingRound lock(int year) {
        return rounds.lockByYear(year).orElseThrow(() -> RoundNotFound.forYear(year));
    }

    private RatingRound find(int year) {
        return rounds.findByYear(year).orElseThrow(() -> RoundNotFound.forYear(year));
    }

    private MemberReview review(RatingRound round, long memberId) {
        return reviews.findByRoundIdAndMemberId(round.getId(), memberId).orElseThrow(() -> new RatingException(
                "Đảng viên này không có trong danh sách kiểm điểm năm " + round.getYear() + "."));
    }

    private static boolean mayView(Viewer viewer, MemberReview r) {
        return viewer.mayOpenMember(r.getMemberId(), r.getCellId());
    }

    private static boolean mayPropose(Viewer viewer, MemberReview r) {
        return mayDecide(viewer) || (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null && viewer.cellId() == r.getCellId());
    }

    /** Only the committee decides levels (R8); the administrator runs the system, not the review. */
    public static boolean mayDecide(Viewer viewer) {
        return viewer.is(Viewer.COMMITTEE);
    }

    private static void requireCommittee(Viewer viewer) {
        if (!mayDecide(viewer)) {
            throw new RatingException("Chỉ đảng ủy (ban chấp hành) được mở đợt và quyết định xếp loại.");
        }
    }

    private static void requireReader(Viewer viewer) {
        viewer.require(viewer.mayListMembers());
    }

    static Viewer rosterReader() {
        return ROSTER_READER;
    }
}
