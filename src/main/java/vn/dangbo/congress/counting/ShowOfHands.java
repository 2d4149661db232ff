package vn.dangbo.congress.counting;

/**
 * A show-of-hands vote (R4, R24): adopted iff those for are more than half of the base N, not of
 * those present, so abstentions and absences count against. For, against and abstaining together
 * cannot exceed N: everyone who may raise a hand is in N (R16–R18).
 */
public record ShowOfHands(int base, int inFavour, int against, int abstain) {

    public ShowOfHands {
        if (base <= 0) {
            throw new InconsistentCount("Cơ số biểu quyết (N) phải lớn hơn 0, nhưng là " + base + ".");
        }
        if (inFavour < 0 || against < 0 || abstain < 0 || (long) inFavour + against + abstain > base) {
            throw new InvalidRound("Số biểu quyết không hợp lệ: " + inFavour + " tán thành, " + against
                    + " không tán thành, " + abstain + " không biểu quyết; cộng lại không được vượt cơ số N = " + base + ".");
        }
    }

    public ShowOfHands(int base, int inFavour, int against) {
        this(base, inFavour, against, 0);
    }

    public boolean adopted() {
        return (long) inFavour * 2 > base;
    }

    /** The fewest in favour that adopt. */
    public int needed() {
        return base / 2 + 1;
    }

    /** Those of N who raised no hand for any choice (absent, or present and silent). */
    public int silent() {
        return base - inFavour - against - abstain;
    }

    /** For, as a share of N, as the minutes print it (R25). */
    public String percentInFavour() {
        return Percent.of(inFavour, base);
    }
}
