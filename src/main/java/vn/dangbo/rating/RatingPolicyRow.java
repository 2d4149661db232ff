package vn.dangbo.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.dangbo.rating.rules.CollectiveCriteria;
import vn.dangbo.rating.rules.DisciplineForm;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.rating.rules.NewMemberMode;
import vn.dangbo.rating.rules.Quota;
import vn.dangbo.rating.rules.RatingPolicy;
import vn.dangbo.rating.rules.ScoreBands;

import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/** One organization-set policy row (quotas, caps, months) with the first year it applies to; read only. */
@Entity
@Table(name = "rating_policy")
class RatingPolicyRow {

    @Id
    private Long id;
    private int effectiveFrom;
    private String basis;
    private int memberQuotaPercent;
    @Enumerated(EnumType.STRING)
    private Quota.Scope memberQuotaScope;
    @Enumerated(EnumType.STRING)
    private RoundingMode memberQuotaRounding;
    private int organizationQuotaPercent;
    @Enumerated(EnumType.STRING)
    private Quota.Scope organizationQuotaScope;
    @Enumerated(EnumType.STRING)
    private RoundingMode organizationQuotaRounding;
    @Enumerated(EnumType.STRING)
    private Level capReprimand;
    @Enumerated(EnumType.STRING)
    private Level capWarning;
    @Enumerated(EnumType.STRING)
    private Level capRemovalFromOffice;
    @Enumerated(EnumType.STRING)
    private Level capExpulsion;
    @Enumerated(EnumType.STRING)
    private Level capSelfRemedied;
    private int newMemberMonths;
    @Enumerated(EnumType.STRING)
    private NewMemberMode newMemberMode;
    private int newOrganizationMonths;
    private int sickLeaveDays;
    @Enumerated(EnumType.STRING)
    private Level sickLeaveCap;
    private int removalAfterYears;

    protected RatingPolicyRow() {
    }

    /** Score bands and the collectives' criteria are the regulation's own, not the organization's. */
    RatingPolicy toPolicy() {
        Map<DisciplineForm, Level> caps = new EnumMap<>(DisciplineForm.class);
        caps.put(DisciplineForm.REPRIMAND, capReprimand);
        caps.put(DisciplineForm.WARNING, capWarning);
        caps.put(DisciplineForm.REMOVAL_FROM_OFFICE, capRemovalFromOffice);
        caps.put(DisciplineForm.EXPULSION, capExpulsion);
        return new RatingPolicy(effectiveFrom, basis, ScoreBands.standard(),
                new Quota(memberQuotaPercent, memberQuotaScope, memberQuotaRounding),
                new Quota(organizationQuotaPercent, organizationQuotaScope, organizationQuotaRounding),
                caps, capSelfRemedied, newMemberMonths, newMemberMode, newOrganizationMonths, sickLeaveDays, sickLeaveCap,
                CollectiveCriteria.standard(), removalAfterYears);
    }
}
