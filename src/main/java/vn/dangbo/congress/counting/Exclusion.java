package vn.dangbo.congress.counting;

/**
 * Why someone convened may be taken out of the base N (elections.md R16–R18). Which of these are
 * subtracted is a rule ({@link ElectionRules#subtracted()}), because conferences are unclear (Q3).
 */
public enum Exclusion {
    /** Temporarily transferred elsewhere (R16). */
    TRANSFERRED,
    /** Exempt from activity and absent; one exempt but present and voting stays in N (R16). */
    EXEMPT_ABSENT,
    SUSPENDED,
    /** Prosecuted, indicted or detained (R16). */
    PROSECUTED,
    /** Absent for the whole congress with a reason the convening committee accepted (R16). */
    ABSENT_ACCEPTED,
    /** Convening-committee member absent throughout, delegates' congress (R17). */
    COMMITTEE_ABSENT,
    /** Official delegate absent throughout with no alternate substituted (R17). */
    DELEGATE_ABSENT_NOT_REPLACED,
    /** Absent without an accepted reason: recorded, never subtracted (R16). */
    ABSENT_UNEXCUSED
}
