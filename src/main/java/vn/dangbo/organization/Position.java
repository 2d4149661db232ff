package vn.dangbo.organization;

public enum Position {
    SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER
}
