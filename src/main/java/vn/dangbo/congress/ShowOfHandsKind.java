package vn.dangbo.congress;

/**
 * What a congress decides by show of hands (R4): the bodies that run it, chosen from those convened,
 * and items it adopts. The counting board chosen this way is the one that counts the ballots (R13).
 */
public enum ShowOfHandsKind {
    PRESIDIUM(true),
    SECRETARIAT(true),
    CREDENTIALS_BOARD(true),
    COUNTING_BOARD(true),
    AGENDA(false),
    ELECTION_LIST(false),
    RESOLUTION(false),
    OTHER(false);

    private final boolean choosesPeople;

    ShowOfHandsKind(boolean choosesPeople) {
        this.choosesPeople = choosesPeople;
    }

    /** The vote chooses members of a body rather than adopting a text. */
    public boolean choosesPeople() {
        return choosesPeople;
    }
}
