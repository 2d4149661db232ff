package vn.dangbo.congress.counting;

/**
 * The figures of a round contradict each other (more ballots collected than issued, a base of
 * zero or less): counting stops and the board must look into it (R14, Q9).
 */
public class InconsistentCount extends IllegalStateException {

    public InconsistentCount(String message) {
        super(message);
    }
}
