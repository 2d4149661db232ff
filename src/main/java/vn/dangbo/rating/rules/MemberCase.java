package vn.dangbo.rating.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine needs about one member in one year.
 *
 * @param dutyGroup      the group of similar duties, used only by {@link Quota.Scope#DUTY_GROUP}
 * @param allTasksOnTime every assigned task done, on time (needed for GOOD and EXCELLENT)
 * @param sickLeaveDays  sick leave in the year; maternity leave is not counted here (R7)
 * @param proposed       the cell's proposal; when empty, the highest level the rules allow
 */
public record MemberCase(
        long memberId,
        long cellId,
        String dutyGroup,
        LocalDate admittedOn,
        Activity activity,
        Score score,
        boolean allTasksOnTime,
        int sickLeaveDays,
        List<Discipline> disciplines,
        List<Finding> findings,
        Optional<Level> proposed) {

    public MemberCase {
        Objects.requireNonNull(dutyGroup, "dutyGroup");
        Objects.requireNonNull(admittedOn, "admittedOn");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(proposed, "proposed");
        if (sickLeaveDays < 0) {
            throw new IllegalArgumentException("Negative sick leave: " + sickLeaveDays);
        }
        disciplines = List.copyOf(disciplines);
        findings = List.copyOf(findings);
    }

    /** An active member in cell 0 with all tasks on time, no leave, no discipline. */
    public static MemberCase of(long memberId, LocalDate admittedOn, Score score, Level proposed) {
        return new MemberCase(memberId, 0, "", admittedOn, Activity.ACTIVE, score, true, 0,
                List.of(), List.of(), Optional.of(proposed));
    }

    public MemberCase inCell(long cell) {
        return new MemberCase(memberId, cell, dutyGroup, admittedOn, activity, score, allTasksOnTime,
                sickLeaveDays, disciplines, findings, proposed);
    }

    public MemberCase inDutyGroup(String group) {
        return new MemberCase(memberId, cellId, group, admittedOn, activity, score, allTasksOnTime,
                sickLeaveDays, disciplines, findings, proposed);
    }

    public MemberCase withActivity(Activity newActivity) {
        return new MemberCase(memberId, cellId, dutyGroup, admittedOn, newActivity, score, allTasksOnTime,
                sickLeaveDays, disciplines, findings, proposed);
    }

    public MemberCase withScore(Score newScore) {
        return new MemberCase(memberId, cellId, dutyGroup, admittedOn, activity, newScore, allTasksOnTime,
                sickLeaveDays, disciplines, findings, proposed);
    }

    public MemberCase withTasksLate() {
        return new MemberCase(memberId, cellId, dutyGroup, admittedOn, activity, score, false,
                sickLeaveDays, disciplines, findings, proposed);
    }

    public MemberCase withSickLeaveDays(int days) {
        return new MemberCase(memberId, cellId, dutyGroup, admittedOn, activity, score, allTasksOnTime,
                days, disciplines, findings, proposed);
    }

    public MemberCase with(Discipline discipline) {
        List<Discipline> more = new ArrayList<>(disciplines);
        more.add(discipline);
        return new MemberCase(memberId, cellId, dutyGroup, admittedOn, activity, score, allTasksOnTime,
                sickLeaveDays, more, findings, proposed);
    }

    public MemberCase with(Finding finding) {
        List<Finding> more = new ArrayList<>(findings);
        more.add(finding);
        return new MemberCase(memberId, cellId, dutyGroup, admittedOn, activity, score, allTasksOnTime,
                sickLeaveDays, disciplines, more, proposed);
    }

    public MemberCase proposing(Level level) {
        return new MemberCase(memberId, cellId, dutyGroup, admittedOn, activity, score, allTasksOnTime,
                sickLeaveDays, disciplines, findings, Optional.of(level));
    }

    public MemberCase withoutProposal() {
        return new MemberCase(memberId, cellId, dutyGroup, admittedOn, activity, score, allTasksOnTime,
                sickLeaveDays, disciplines, findings, Optional.empty());
    }
}
