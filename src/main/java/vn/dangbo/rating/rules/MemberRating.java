package vn.dangbo.rating.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rates the members of one grassroots organization for one year: who is rated (R6), the highest
 * level each may get (R3, R4, R7, discipline caps) and the EXCELLENT quota (R5).
 */
public final class MemberRating {

    private MemberRating() {
    }

    public static RatingResult decide(RatingPolicy policy, ReviewRound round, Collection<MemberCase> cases) {
        List<MemberCase> sorted = new ArrayList<>(cases);
        sorted.sort(Comparator.comparingLong(MemberCase::memberId));
        requireUniqueIds(sorted);

        List<Decision> decisions = new ArrayList<>();
        List<QuotaAllocation.Entry> rated = new ArrayList<>();
        for (MemberCase c : sorted) {
            Optional<Decision.NotRated> notRated = notRated(policy, round, c);
            if (notRated.isPresent()) {
                decisions.add(notRated.get());
                continue;
            }
            Ceiling ceiling = ceiling(policy, round, c);
            Level proposed = c.proposed().orElse(ceiling.level());
            rated.add(new QuotaAllocation.Entry(c.memberId(),
                    QuotaAllocation.scopeKey(policy.memberQuota().scope(), c.cellId(), c.dutyGroup()),
                    c.score().total(), proposed, ceiling));
        }
        List<QuotaUse> uses = QuotaAllocation.apply(policy.memberQuota(), rated, MemberRating::quotaMessage);
        rated.forEach(e -> decisions.add(e.toDecision()));
        decisions.sort(Comparator.comparingLong(Decision::id));
        return new RatingResult(round.year(), policy.basis(), decisions, uses);
    }

    /** Why the member is not rated this year, if they are not (R6). */
    public static Optional<Decision.NotRated> notRated(RatingPolicy policy, ReviewRound round, MemberCase c) {
        long id = c.memberId();
        return switch (c.activity()) {
            case EXEMPT -> Optional.of(new Decision.NotRated(id, new Reason(Rule.EXEMPT, Level.NOT_COMPLETED,
                    "Được miễn công tác và sinh hoạt đảng: không kiểm điểm, không xếp loại"), false));
            case SUSPENDED -> Optional.of(new Decision.NotRated(id, new Reason(Rule.SUSPENDED, Level.NOT_COMPLETED,
                    "Đang bị đình chỉ sinh hoạt đảng: không kiểm điểm, không xếp loại"), false));
            case ACTIVE -> {
                if (!c.admittedOn().plusMonths(policy.newMemberMonths()).isAfter(round.reviewedOn())) {
                    yield Optional.empty();
                }
                boolean reviewed = policy.newMemberMode() == NewMemberMode.REVIEWED_NOT_RATED;
                String message = "Kết nạp ngày " + Texts.date(c.admittedOn()) + ", chưa đủ "
                        + policy.newMemberMonths() + " tháng đến ngày kiểm điểm " + Texts.date(round.reviewedOn())
                        + (reviewed ? ": có kiểm điểm, không xếp loại" : ": không kiểm điểm, không xếp loại");
                yield Optional.of(new Decision.NotRated(id, new Reason(Rule.NEW_MEMBER, Level.NOT_COMPLETED, message),
                        reviewed));
            }
        };
    }

    /** The highest level the rules allow a rated member, before the quota. */
    public static Ceiling ceiling(RatingPolicy policy, ReviewRound round, MemberCase c) {
        policy.bands().check(c.score());
        Ceiling.Builder ceiling = new Ceiling.Builder();

        int total = c.score().total();
        Level band = policy.bands().levelFor(total);
        ceiling.limit(Rule.SCORE_BAND, band, "Điểm " + total + "/" + policy.bands().frame() + " thuộc khung "
                + band.label() + " (" + policy.bands().describe(band) + ")");

        if (!c.allTasksOnTime()) {
            ceiling.limit(Rule.TASKS_ON_TIME, Level.COMPLETED,
                    "Chưa hoàn thành 100% nhiệm vụ đúng tiến độ: không xếp loại hoàn thành tốt nhiệm vụ trở lên");
        }
        if (c.sickLeaveDays() >= policy.sickLeaveDays()) {
            ceiling.limit(Rule.SICK_LEAVE, policy.sickLeaveCap(), "Nghỉ ốm " + c.sickLeaveDays()
                    + " ngày trong năm (từ " + policy.sickLeaveDays() + " ngày): " + Texts.capPhrase(policy.sickLeaveCap()));
        }
        for (Reason reason : violations(policy, round.year(), c)) {
            ceiling.limit(reason.rule(), reason.cap(), reason.message());
        }
        return ceiling.build();
    }

    /** One reason per violation that counts this year, the strictest when it has several records. */
    private static Collection<Reason> violations(RatingPolicy policy, int year, MemberCase c) {
        Map<String, Reason> byViolation = new LinkedHashMap<>();
        c.disciplines().stream()
                .filter(d -> d.countsIn(year))
                .sorted(Comparator.comparing(Discipline::decidedOn).thenComparing(Discipline::violationId))
                .forEach(d -> {
                    Level cap = d.selfDetectedAndRemedied() ? policy.selfRemediedDisciplineCap() : policy.capFor(d.form());
                    String message = "Bị kỷ luật " + d.form().label() + " (quyết định ngày " + Texts.date(d.decidedOn())
                            + ")" + (d.selfDetectedAndRemedied() ? ", đã tự phát hiện và khắc phục" : " trong năm " + year)
                            + ": " + Texts.capPhrase(cap);
                    keepStrictest(byViolation, d.violationId(), new Reason(Rule.DISCIPLINE, cap, message));
                });
        c.findings().stream()
                .filter(f -> f.countsIn(year))
                .sorted(Comparator.comparing(Finding::concludedOn).thenComparing(Finding::violationId))
                .forEach(f -> {
                    String message = switch (f.kind()) {
                        case DEGRADATION -> "Cấp có thẩm quyền kết luận có biểu hiện suy thoái, \"tự diễn biến\", "
                                + "\"tự chuyển hóa\" (ngày " + Texts.date(f.concludedOn()) + ")";
                        case PROHIBITED_CONDUCT -> "Vi phạm những điều đảng viên không được làm hoặc trách nhiệm "
                                + "nêu gương (kết luận ngày " + Texts.date(f.concludedOn()) + ")";
                    };
                    Rule rule = f.kind() == Finding.Kind.DEGRADATION ? Rule.DEGRADATION : Rule.PROHIBITED_CONDUCT;
                    keepStrictest(byViolation, f.violationId(),
                            new Reason(rule, Level.NOT_COMPLETED, message + ": " + Texts.capPhrase(Level.NOT_COMPLETED)));
                });
        return byViolation.values();
    }

    private static void keepStrictest(Map<String, Reason> byViolation, String violationId, Reason reason) {
        byViolation.merge(violationId, reason, (old, next) -> old.cap().isAbove(next.cap()) ? next : old);
    }

    private static String quotaMessage(QuotaUse use) {
        return "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: tối đa " + use.allowed() + " trên " + use.goodOrBetter()
                + " đảng viên hoàn thành tốt nhiệm vụ trở lên (" + use.percent() + "%)" + QuotaAllocation.scopeSuffix(use);
    }

    static void requireUniqueIds(List<MemberCase> cases) {
        Set<Long> seen = new HashSet<>();
        for (MemberCase c : cases) {
            if (!seen.add(c.memberId())) {
                throw new IllegalArgumentException("Member " + c.memberId() + " entered twice");
            }
        }
    }
}
