package vn.dangbo.congress.counting;

/** What a list is elected for; decides the surplus rules of its list (R5–R7). */
public enum Post {
    EXECUTIVE_COMMITTEE(true),
    STANDING_COMMITTEE(true),
    /** A cell of nine or more official members elects a cell committee of at most seven (R5). */
    CELL_COMMITTEE(true),
    SECRETARY(false),
    /** A cell of fewer than nine official members elects its secretary directly (R5). */
    CELL_SECRETARY(false),
    DEPUTY_SECRETARY(false),
    INSPECTION_COMMITTEE(false),
    INSPECTION_CHAIR(false),
    INSPECTION_DEPUTY_CHAIR(false),
    DELEGATE(false),
    ALTERNATE_DELEGATE(false);

    private final boolean surplusRequired;

    Post(boolean surplusRequired) {
        this.surplusRequired = surplusRequired;
    }

    /** Committee lists must name more candidates than seats (R6); the others may equal the seats (R7). */
    public boolean surplusRequired() {
        return surplusRequired;
    }

    public boolean delegates() {
        return this == DELEGATE || this == ALTERNATE_DELEGATE;
    }

    /** A cell of fewer than nine official members elects a secretary directly (R5). */
    public static Post electedByCell(int officialMembers) {
        return officialMembers < 9 ? CELL_SECRETARY : CELL_COMMITTEE;
    }

    /** The largest cell committee (R5). */
    public static final int MAX_CELL_COMMITTEE = 7;

    /** Failed rounds after which the higher committee appoints a cell secretary (R21, Reg. 24 §22). */
    public static final int CELL_SECRETARY_ROUNDS = 3;
}
