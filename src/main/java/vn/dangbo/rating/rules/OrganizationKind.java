package vn.dangbo.rating.rules;

/** What kind of collective is rated; leadership collectives answer for their members' conduct (R9). */
public enum OrganizationKind {
    /** A cell or a grassroots organization (chi bộ, đảng bộ). */
    PARTY_ORGANIZATION("tổ chức đảng"),
    /** A party committee or standing committee as a collective (tập thể lãnh đạo). */
    LEADERSHIP_COLLECTIVE("tập thể lãnh đạo");

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
