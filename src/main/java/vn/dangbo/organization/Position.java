package vn.dangbo.organization;

/**
 * A position held for a term. The secretary and deputies are listed under their own position only,
 * not also as committee members.
 */
public enum Position {
    SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER,
    STANDING_COMMITTEE_MEMBER, INSPECTION_CHAIR, INSPECTION_COMMITTEE_MEMBER
}
