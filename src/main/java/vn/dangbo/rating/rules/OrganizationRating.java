package vn.dangbo.rating.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rates the collectives one committee decides on for one year, by their own criteria (R3, R9)
 * and the organizations' EXCELLENT quota (R5).
 */
public final class OrganizationRating {

    private OrganizationRating() {
    }

    /** The collectives are counted together for the quota: they are the deciding committee's. */
    public static RatingResult decide(RatingPolicy policy, ReviewRound round, Collection<OrganizationCase> cases) {
        List<OrganizationCase> sorted = new ArrayList<>(cases);
        sorted.sort(Comparator.comparingLong(OrganizationCase::organizationId));
        Set<Long> seen = new HashSet<>();
        for (OrganizationCase c : sorted) {
            if (!seen.add(c.organizationId())) {
                throw new IllegalArgumentException("Organization " + c.organizationId() + " entered twice");
            }
        }

        List<Decision> decisions = new ArrayList<>();
        List<QuotaAllocation.Entry> rated = new ArrayList<>();
        for (OrganizationCase c : sorted) {
            Optional<Decision.NotRated> notRated = notRated(policy, round, c);
            if (notRated.isPresent()) {
                decisions.add(notRated.get());
                continue;
            }
            Ceiling ceiling = ceiling(policy, c);
            rated.add(new QuotaAllocation.Entry(c.organizationId(), "", c.score().total(),
                    c.proposed().orElse(ceiling.level()), ceiling));
        }
        Quota quota = policy.organizationQuota().withScope(Quota.Scope.ORGANIZATION);
        List<QuotaUse> uses = QuotaAllocation.apply(quota, rated, use ->
                "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: tối đa " + use.allowed() + " trên " + use.goodOrBetter()
                        + " tổ chức hoàn thành tốt nhiệm vụ trở lên (" + use.percent() + "%)");
        rated.forEach(e -> decisions.add(e.toDecision()));
        decisions.sort(Comparator.comparingLong(Decision::id));
        return new RatingResult(round.year(), policy.basis(), decisions, uses);
    }

    /** Formed too recently to be rated (R6, 2019 guidance); the text says nothing against reviewing. */
    public static Optional<Decision.NotRated> notRated(RatingPolicy policy, ReviewRound round, OrganizationCase c) {
        if (!c.formedOn().plusMonths(policy.newOrganizationMonths()).isAfter(round.reviewedOn())) {
            return Optional.empty();
        }
        return Optional.of(new Decision.NotRated(c.organizationId(), new Reason(Rule.NEW_ORGANIZATION, Level.NOT_COMPLETED,
                "Thành lập ngày " + Texts.date(c.formedOn()) + ", chưa đủ " + policy.newOrganizationMonths()
                        + " tháng đến ngày kiểm điểm " + Texts.date(round.reviewedOn()) + ": không xếp loại"), true));
    }

    public static Ceiling ceiling(RatingPolicy policy, OrganizationCase c) {
        policy.bands().check(c.score());
        CollectiveCriteria criteria = policy.collective();
        Tasks tasks = c.tasks();
        Ceiling.Builder ceiling = new Ceiling.Builder();

        int total = c.score().total();
        Level band = policy.bands().levelFor(total);
        ceiling.limit(Rule.SCORE_BAND, band, "Điểm " + total + "/" + policy.bands().frame() + " thuộc khung "
                + band.label() + " (" + policy.bands().describe(band) + ")");

        if ((long) tasks.exceeded() * 100 < (long) criteria.exceededPercentForExcellent() * tasks.total() || tasks.total() == 0) {
            ceiling.limit(Rule.COLLECTIVE_TASKS_EXCEEDED, Level.GOOD, "Nhiệm vụ vượt mức "
                    + Texts.share(tasks.exceeded(), tasks.total()) + ", chưa đạt " + criteria.exceededPercentForExcellent()
                    + "%: " + Texts.capPhrase(Level.GOOD));
        }
        if (tasks.late() > 0) {
            ceiling.limit(Rule.TASKS_ON_TIME, Level.COMPLETED, "Còn " + tasks.late() + "/" + tasks.total()
                    + " nhiệm vụ chậm tiến độ: không xếp loại hoàn thành tốt nhiệm vụ trở lên");
        }
        if ((long) tasks.late() * 100 > (long) criteria.latePercentForCompleted() * tasks.total()) {
            ceiling.limit(Rule.COLLECTIVE_TASKS_LATE, Level.NOT_COMPLETED, "Nhiệm vụ chậm tiến độ "
                    + Texts.share(tasks.late(), tasks.total()) + ", quá " + criteria.latePercentForCompleted()
                    + "%: " + Texts.capPhrase(Level.NOT_COMPLETED));
        }
        if (c.membersDisciplined() > 0) {
            if (c.kind() == OrganizationKind.LEADERSHIP_COLLECTIVE) {
                ceiling.limit(Rule.LEADERSHIP_MEMBER_DISCIPLINED, Level.NOT_COMPLETED, "Tập thể lãnh đạo có "
                        + c.membersDisciplined() + " thành viên bị kỷ luật trong năm: " + Texts.capPhrase(Level.NOT_COMPLETED));
            } else {
                ceiling.limit(Rule.COLLECTIVE_NOBODY_DISCIPLINED, Level.GOOD, "Có " + c.membersDisciplined()
                        + " đảng viên bị kỷ luật trong năm: " + Texts.capPhrase(Level.GOOD));
            }
        }
        // Not stated in party-work.md for the collective itself; read from R4 and R9 [M].
        if (c.disciplined()) {
            ceiling.limit(Rule.ORGANIZATION_DISCIPLINED, Level.NOT_COMPLETED, "Tập thể bị kỷ luật trong năm: "
                    + Texts.capPhrase(Level.NOT_COMPLETED));
        }
        if (c.kind() == OrganizationKind.LEADERSHIP_COLLECTIVE
                && (long) c.unitsDisciplined() * 100 > (long) criteria.disciplinedUnitsPercent() * c.units()) {
            ceiling.limit(Rule.UNITS_DISCIPLINED, Level.NOT_COMPLETED, "Đơn vị trực thuộc bị kỷ luật "
                    + Texts.share(c.unitsDisciplined(), c.units()) + ", quá " + criteria.disciplinedUnitsPercent()
                    + "%: " + Texts.capPhrase(Level.NOT_COMPLETED));
        }
        return ceiling.build();
    }
}
