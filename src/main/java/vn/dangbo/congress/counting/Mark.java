package vn.dangbo.congress.counting;

/** What a voter marked beside one name on an Agree/Disagree ballot. */
public enum Mark {
    AGREE, DISAGREE, BOTH, NONE;

    /** Both boxes or neither: the name gets no vote either way (R12). */
    public boolean unclear() {
        return this == BOTH || this == NONE;
    }
}
