package vn.dangbo.rating.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every number the regulation leaves to the organization, with the first year it applies to.
 * The engine holds no such number of its own.
 *
 * @param basis                      the texts this policy follows, for reports
 * @param organizationQuota          counted across the collectives one committee decides; its scope is not used
 * @param disciplineCaps             the highest level a member disciplined in the year may get, per form
 * @param selfRemediedDisciplineCap  the same when the member detected and fully remedied the violation
 * @param newMemberMonths            members admitted fewer months before the review are not rated
 * @param newOrganizationMonths      organizations formed fewer months before the review are not rated
 * @param sickLeaveDays              sick leave of at least this many days in the year caps the level
 * @param removalAfterYearsNotCompleted consecutive years NOT_COMPLETED that are grounds for removal
 */
public record RatingPolicy(
        int effectiveFrom,
        String basis,
        ScoreBands bands,
        Quota memberQuota,
        Quota organizationQuota,
        Map<DisciplineForm, Level> disciplineCaps,
        Level selfRemediedDisciplineCap,
        int newMemberMonths,
        NewMemberMode newMemberMode,
        int newOrganizationMonths,
        int sickLeaveDays,
        Level sickLeaveCap,
        CollectiveCriteria collective,
        int removalAfterYearsNotCompleted) {

    public RatingPolicy {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(memberQuota, "memberQuota");
        Objects.requireNonNull(organizationQuota, "organizationQuota");
        Objects.requireNonNull(selfRemediedDisciplineCap, "selfRemediedDisciplineCap");
        Objects.requireNonNull(newMemberMode, "newMemberMode");
        Objects.requireNonNull(sickLeaveCap, "sickLeaveCap");
        Objects.requireNonNull(collective, "collective");
        for (DisciplineForm form : DisciplineForm.values()) {
            if (!disciplineCaps.containsKey(form)) {
                throw new IllegalArgumentException("No cap for discipline form " + form);
            }
        }
        disciplineCaps = Map.copyOf(disciplineCaps);
        if (newMemberMonths < 0 || newOrganizationMonths < 0 || sickLeaveDays <= 0 || removalAfterYearsNotCompleted < 1) {
            throw new IllegalArgumentException("Months, days and years must be positive");
        }
    }

    public Level capFor(DisciplineForm form) {
        return disciplineCaps.get(form);
    }

    /** Every form forces NOT_COMPLETED, as R4 reads: "disciplined in the year" without distinction. */
    static Map<DisciplineForm, Level> notCompletedForEveryForm() {
        Map<DisciplineForm, Level> caps = new EnumMap<>(DisciplineForm.class);
        for (DisciplineForm form : DisciplineForm.values()) {
            caps.put(form, Level.NOT_COMPLETED);
        }
        return caps;
    }

    public RatingPolicy withMemberQuota(Quota quota) {
        return new RatingPolicy(effectiveFrom, basis, bands, quota, organizationQuota, disciplineCaps,
                selfRemediedDisciplineCap, newMemberMonths, newMemberMode, newOrganizationMonths, sickLeaveDays,
                sickLeaveCap, collective, removalAfterYearsNotCompleted);
    }

    public RatingPolicy withOrganizationQuota(Quota quota) {
        return new RatingPolicy(effectiveFrom, basis, bands, memberQuota, quota, disciplineCaps,
                selfRemediedDisciplineCap, newMemberMonths, newMemberMode, newOrganizationMonths, sickLeaveDays,
                sickLeaveCap, collective, removalAfterYearsNotCompleted);
    }

    public RatingPolicy withDisciplineCap(DisciplineForm form, Level cap) {
        Map<DisciplineForm, Level> caps = new EnumMap<>(disciplineCaps);
        caps.put(form, cap);
        return new RatingPolicy(effectiveFrom, basis, bands, memberQuota, organizationQuota, caps,
                selfRemediedDisciplineCap, newMemberMonths, newMemberMode, newOrganizationMonths, sickLeaveDays,
                sickLeaveCap, collective, removalAfterYearsNotCompleted);
    }

    public RatingPolicy withSelfRemediedDisciplineCap(Level cap) {
        return new RatingPolicy(effectiveFrom, basis, bands, memberQuota, organizationQuota, disciplineCaps,
                cap, newMemberMonths, newMemberMode, newOrganizationMonths, sickLeaveDays,
                sickLeaveCap, collective, removalAfterYearsNotCompleted);
    }

    public RatingPolicy withNewMemberMode(NewMemberMode mode) {
        return new RatingPolicy(effectiveFrom, basis, bands, memberQuota, organizationQuota, disciplineCaps,
                selfRemediedDisciplineCap, newMemberMonths, mode, newOrganizationMonths, sickLeaveDays,
                sickLeaveCap, collective, removalAfterYearsNotCompleted);
    }

    public RatingPolicy withSickLeave(int days, Level cap) {
        return new RatingPolicy(effectiveFrom, basis, bands, memberQuota, organizationQuota, disciplineCaps,
                selfRemediedDisciplineCap, newMemberMonths, newMemberMode, newOrganizationMonths, days,
                cap, collective, removalAfterYearsNotCompleted);
    }

    public RatingPolicy withBands(ScoreBands newBands) {
        return new RatingPolicy(effectiveFrom, basis, newBands, memberQuota, organizationQuota, disciplineCaps,
                selfRemediedDisciplineCap, newMemberMonths, newMemberMode, newOrganizationMonths, sickLeaveDays,
                sickLeaveCap, collective, removalAfterYearsNotCompleted);
    }

    /** The same rules for a locality, from a year of its choosing. */
    public RatingPolicy effectiveFrom(int year, String newBasis) {
        return new RatingPolicy(year, newBasis, bands, memberQuota, organizationQuota, disciplineCaps,
                selfRemediedDisciplineCap, newMemberMonths, newMemberMode, newOrganizationMonths, sickLeaveDays,
                sickLeaveCap, collective, removalAfterYearsNotCompleted);
    }
}
