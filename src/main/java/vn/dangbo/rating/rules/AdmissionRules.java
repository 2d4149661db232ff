package vn.dangbo.rating.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The party development rules (party-work.md R28–R31) as plain functions: who may be admitted and
 * introduce, when a vote passes, and the deadlines from decision to ceremony and from probation to
 * recognition. Every refusal names its rule in a Vietnamese sentence.
 */
public final class AdmissionRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AdmissionRules() {
    }

    /** An official member proposed as introducer, as the registry knows them on the day of the introduction. */
    public record IntroducerCase(long memberId, String name, boolean official, boolean onRolls, long cellId,
                                 Optional<LocalDate> officialSince, LocalDate knownSince, boolean assignedByCell) {
    }

    public enum DeadlineKind { CEREMONY, PROBATION_END, RECOGNITION_VOTE }

    public enum Urgency { LATER, SOON, OVERDUE }

    public record Deadline(DeadlineKind kind, LocalDate due, Urgency urgency) {
    }

    /** R28: at least the minimum age in full months on the day of the cell's vote, and not above the maximum, where one is set. */
    public static Optional<AdmissionRefusal> age(AdmissionPolicy policy, LocalDate birthDate, LocalDate voteOn) {
        if (voteOn.isBefore(birthDate.plusYears(policy.minimumAge()))) {
            return refuse("R28", "Người được đề nghị kết nạp phải đủ " + policy.minimumAge() + " tuổi (tính theo tháng) vào ngày chi bộ biểu quyết: "
                    + "sinh ngày " + d(birthDate) + ", đủ tuổi từ ngày " + d(birthDate.plusYears(policy.minimumAge())) + ".");
        }
        int years = Period.between(birthDate, voteOn).getYears();
        if (policy.maximumAge() > 0 && years > policy.maximumAge()) {
            return refuse("R28", "Người trên " + policy.maximumAge() + " tuổi (" + years + " tuổi vào ngày biểu quyết) không thuộc diện chi bộ xét kết nạp "
                    + "theo cấu hình của đảng bộ (giới hạn tuổi theo R28, Quy định 294).");
        }
        return Optional.empty();
    }

    /** R28: the awareness course certificate, dated no later than the vote and still valid on it. */
    public static Optional<AdmissionRefusal> course(AdmissionPolicy policy, Optional<LocalDate> certifiedOn, LocalDate voteOn) {
        if (certifiedOn.isEmpty()) {
            return refuse("R28", "Chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng: chi bộ chưa thể biểu quyết.");
        }
        LocalDate on = certifiedOn.get();
        if (on.isAfter(voteOn)) {
            return refuse("R28", "Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng (ngày " + d(on) + ") phải có trước ngày chi bộ biểu quyết (" + d(voteOn) + ").");
        }
        if (policy.courseValidMonths() > 0 && !voteOn.isBefore(on.plusMonths(policy.courseValidMonths()))) {
            return refuse("R28", "Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng cấp ngày " + d(on) + " chỉ có giá trị "
                    + policy.courseValidMonths() + " tháng (đến " + d(on.plusMonths(policy.courseValidMonths())) + "): cần học lại.");
        }
        return Optional.empty();
    }

    /** R29: an introducer is an official member on the rolls who has worked with the prospect long enough in the same unit. */
    public static Optional<AdmissionRefusal> introducer(AdmissionPolicy policy, IntroducerCase c, long prospectCell, LocalDate on) {
        if (!c.official() || !c.onRolls()) {
            return refuse("R29", "Người giới thiệu " + c.name() + " phải là đảng viên chính thức đang sinh hoạt trong đảng bộ.");
        }
        if (policy.introducerOfficialMonths() > 0 && (c.officialSince().isEmpty()
                || on.isBefore(c.officialSince().get().plusMonths(policy.introducerOfficialMonths())))) {
            return refuse("R29", "Người giới thiệu " + c.name() + " phải là đảng viên chính thức ít nhất "
                    + policy.introducerOfficialMonths() + " tháng (theo cấu hình của đảng bộ).");
        }
        if (policy.introducerSameCell() && c.cellId() != prospectCell) {
            return refuse("R29", "Người giới thiệu " + c.name() + " phải sinh hoạt cùng chi bộ với người được giới thiệu (cùng công tác trong một đơn vị).");
        }
        if (c.knownSince().isAfter(on)) {
            return refuse("R29", "Ngày bắt đầu cùng công tác với người được giới thiệu không được sau ngày giới thiệu.");
        }
        if (!c.assignedByCell() && on.isBefore(c.knownSince().plusMonths(policy.introducerKnownMonths()))) {
            return refuse("R29", "Người giới thiệu " + c.name() + " phải cùng công tác, học tập hoặc sinh sống với người được giới thiệu ít nhất "
                    + policy.introducerKnownMonths() + " tháng (từ " + d(c.knownSince()) + " mới được "
                    + ChronoUnit.MONTHS.between(c.knownSince(), on) + " tháng); chỉ người chi bộ phân công thay người đã chuyển đi mới không cần điều kiện này.");
        }
        return Optional.empty();
    }

    /** R29: as many different introducers as the policy asks, before the cell votes. */
    public static Optional<AdmissionRefusal> introducers(AdmissionPolicy policy, List<IntroducerCase> introducers) {
        Set<Long> distinct = new HashSet<>();
        for (IntroducerCase c : introducers) {
            distinct.add(c.memberId());
        }
        if (distinct.size() < policy.introducersRequired()) {
            return refuse("R29", "Cần " + policy.introducersRequired() + " đảng viên chính thức giới thiệu; mới có " + distinct.size() + ".");
        }
        return Optional.empty();
    }

    /** A vote as counted: nobody votes twice and the meeting has official members. */
    public static Optional<AdmissionRefusal> count(int inFavour, int officialMembers) {
        if (officialMembers < 1 || officialMembers > 100_000) {
            return refuse("R30", "Số đảng viên chính thức (hoặc cấp ủy viên) phải từ 1 trở lên.");
        }
        if (inFavour < 0 || inFavour > officialMembers) {
            return refuse("R30", "Số tán thành phải từ 0 đến số đảng viên chính thức (" + officialMembers + ").");
        }
        return Optional.empty();
    }

    /** R30: at least the policy's share (2/3) of the official members in favour. */
    public static boolean passes(AdmissionPolicy policy, int inFavour, int officialMembers) {
        return (long) inFavour * policy.approvalDenominator() >= (long) policy.approvalNumerator() * officialMembers;
    }

    /** R30: after the set number of failed votes the cell reports to the upper committee instead of voting again. */
    public static Optional<AdmissionRefusal> mayVoteAgain(AdmissionPolicy policy, int failedVotes) {
        if (failedVotes >= policy.cellVoteAttempts()) {
            return refuse("R30", "Chi bộ đã biểu quyết " + failedVotes + " lần không đạt: báo cáo cấp ủy cấp trên xem xét, không biểu quyết lại.");
        }
        return Optional.empty();
    }

    /** R30: the ceremony follows the decision. */
    public static Optional<AdmissionRefusal> ceremony(LocalDate decidedOn, LocalDate ceremonyOn) {
        if (ceremonyOn.isBefore(decidedOn)) {
            return refuse("R30", "Lễ kết nạp (" + d(ceremonyOn) + ") không được trước ngày quyết định kết nạp (" + d(decidedOn) + ").");
        }
        return Optional.empty();
    }

    public static LocalDate ceremonyDue(AdmissionPolicy policy, LocalDate decidedOn) {
        return WorkingDays.after(decidedOn, policy.ceremonyWorkingDays(), policy.holidays());
    }

    /** R31: probation lasts from the ceremony for the policy's months; the official date is its end. */
    public static LocalDate probationEnds(AdmissionPolicy policy, LocalDate admittedOn) {
        return admittedOn.plusMonths(policy.probationMonths());
    }

    public static LocalDate recognitionDue(AdmissionPolicy policy, LocalDate admittedOn) {
        return WorkingDays.after(probationEnds(policy, admittedOn), policy.recognitionWorkingDays(), policy.holidays());
    }

    /**
     * The deadlines still open for a prospect: the ceremony after a decision, the end of probation and
     * the cell's recognition vote after an admission; each soon (within the warning days) or overdue.
     */
    public static List<Deadline> deadlines(AdmissionPolicy policy, Optional<LocalDate> decidedOn, Optional<LocalDate> admittedOn,
                                           boolean recognized, LocalDate today) {
        List<Deadline> open = new ArrayList<>();
        if (decidedOn.isPresent() && admittedOn.isEmpty()) {
            open.add(deadline(policy, DeadlineKind.CEREMONY, ceremonyDue(policy, decidedOn.get()), today));
        }
        if (admittedOn.isPresent() && !recognized) {
            LocalDate ends = probationEnds(policy, admittedOn.get());
            if (today.isBefore(ends)) {
                open.add(deadline(policy, DeadlineKind.PROBATION_END, ends, today));
            }
            open.add(deadline(policy, DeadlineKind.RECOGNITION_VOTE, recognitionDue(policy, admittedOn.get()), today));
        }
        return open;
    }

    private static Deadline deadline(AdmissionPolicy policy, DeadlineKind kind, LocalDate due, LocalDate today) {
        Urgency urgency = today.isAfter(due) ? Urgency.OVERDUE
                : today.isBefore(due.minusDays(policy.warningDays())) ? Urgency.LATER : Urgency.SOON;
        return new Deadline(kind, due, urgency);
    }

    /** A year's target fulfilled, in whole percent (2 admitted against 1 is 200). */
    public static int fulfilmentPercent(int admitted, int target) {
        if (target < 1 || admitted < 0) {
            throw new IllegalArgumentException("target must be positive and admissions not negative");
        }
        return (int) ((long) admitted * 100 / target);
    }

    private static Optional<AdmissionRefusal> refuse(String rule, String message) {
        return Optional.of(new AdmissionRefusal(rule, message + " (" + rule + ")"));
    }

    private static String d(LocalDate date) {
        return date.format(DATE);
    }
}
