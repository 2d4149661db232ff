package vn.dangbo.congress.ballotlog;

/** The file is not a ballot log, or breaks a rule of its format; the message says where. */
public class MalformedBallotLog extends Exception {

    public MalformedBallotLog(String message) {
        super(message);
    }
}
