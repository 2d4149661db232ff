package vn.dangbo.organization;

public enum OrganizationKind {
    /** Đảng bộ: the grassroots committee that holds the cells. */
    COMMITTEE,
    /** Chi bộ trực thuộc. */
    CELL
}
