package vn.dangbo.congress.counting;

import java.util.Objects;

/**
 * The counting board's ruling on a doubtful ballot (a signature, a partial stroke: elections.md
 * §2 row 10, Q2), always with its reason so the minutes can record it.
 */
public record Ruling(Verdict verdict, String reason) {

    public enum Verdict { VALID, INVALID }

    public Ruling {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new InvalidRound("Phán quyết của Ban kiểm phiếu phải ghi lý do.");
        }
    }

    public static Ruling valid(String reason) {
        return new Ruling(Verdict.VALID, reason);
    }

    public static Ruling invalid(String reason) {
        return new Ruling(Verdict.INVALID, reason);
    }
}
