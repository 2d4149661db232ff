package vn.dangbo.members.web;

import org.jspecify.annotations.Nullable;
import vn.dangbo.members.AgeBand;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.PoliticalTheory;

/** The filters of the member list as its form and its export link send them. */
class MemberFilters {

    static final int MAX_QUERY = 100;

    private @Nullable String q;
    private @Nullable Long cellId;
    private @Nullable MembershipKind kind;
    private @Nullable Gender gender;
    private @Nullable String ethnicity;
    private @Nullable Education education;
    private @Nullable PoliticalTheory politicalTheory;
    private @Nullable AgeBand ageBand;
    private boolean former;

    boolean queryTooLong() {
        return q != null && q.strip().length() > MAX_QUERY;
    }

    /** A search text over the limit is cut to it, not refused. */
    MemberQuery toQuery() {
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        return new MemberQuery(query, cellId, kind, gender, ethnicity, education, politicalTheory, ageBand, former);
    }

    public @Nullable String getQ() { return q; }
    public void setQ(@Nullable String v) { q = v; }
    public @Nullable Long getCellId() { return cellId; }
    public void setCellId(@Nullable Long v) { cellId = v; }
    public @Nullable MembershipKind getKind() { return kind; }
    public void setKind(@Nullable MembershipKind v) { kind = v; }
    public @Nullable Gender getGender() { return gender; }
    public void setGender(@Nullable Gender v) { gender = v; }
    public @Nullable String getEthnicity() { return ethnicity; }
    public void setEthnicity(@Nullable String v) { ethnicity = v; }
    public @Nullable Education getEducation() { return education; }
    public void setEducation(@Nullable Education v) { education = v; }
    public @Nullable PoliticalTheory getPoliticalTheory() { return politicalTheory; }
    public void setPoliticalTheory(@Nullable PoliticalTheory v) { politicalTheory = v; }
    public @Nullable AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(@Nullable AgeBand v) { ageBand = v; }
    public boolean isFormer() { return former; }
    public void setFormer(boolean v) { former = v; }
}
