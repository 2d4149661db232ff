package vn.dangbo.congress.counting;

/** How a ballot is marked (elections.md R11, R12). */
public enum Method {
    /** The list is longer than the seats: the voter strikes names; each name left is one vote. */
    STRIKE_OUT,
    /** The list equals the seats: one Agree or Disagree mark per name. */
    AGREE_DISAGREE
}
