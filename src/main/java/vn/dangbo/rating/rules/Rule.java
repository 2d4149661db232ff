package vn.dangbo.rating.rules;

/** The rules a decision can cite, with their number in party-work.md. */
public enum Rule {
    SCORE_BAND("R3"),
    TASKS_ON_TIME("R3"),
    COLLECTIVE_TASKS_EXCEEDED("R3"),
    COLLECTIVE_TASKS_LATE("R3"),
    COLLECTIVE_NOBODY_DISCIPLINED("R3"),
    DISCIPLINE("R4"),
    DEGRADATION("R4"),
    PROHIBITED_CONDUCT("R4"),
    QUOTA("R5"),
    EXEMPT("R6"),
    SUSPENDED("R6"),
    NEW_MEMBER("R6"),
    NEW_ORGANIZATION("R6"),
    SICK_LEAVE("R7"),
    ORGANIZATION_DISCIPLINED("R9"),
    LEADERSHIP_MEMBER_DISCIPLINED("R9"),
    UNITS_DISCIPLINED("R9"),
    REMOVAL("R11");

    private final String reference;

    Rule(String reference) {
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
