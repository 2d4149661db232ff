package vn.dangbo.congress.counting;

/** The round as given cannot be counted: its list, ballots or electorate break a rule. */
public class InvalidRound extends IllegalArgumentException {

    public InvalidRound(String message) {
        super(message);
    }
}
