package vn.dangbo.congress.counting;

/**
 * A show-of-hands vote (R4, R24): adopted iff those for are more than half of the base N, not of
 * those present, so abstentions and absences count against.
 */
public record ShowOfHands(int base, int inFavour, int against) {

    public ShowOfHands {
        if (base <= 0) {
            throw new InconsistentCount("Cơ số biểu quyết (N) phải lớn hơn 0, nhưng là " + base + ".");
        }
        if (inFavour < 0 || against < 0 || (long) inFavour + against > base) {
            throw new InvalidRound("Số biểu quyết không hợp lệ: " + inFavour + " tán thành, " + against
                    + " không tán thành trên cơ số " + base + ".");
        }
    }

    public boolean adopted() {
        return (long) inFavour * 2 > base;
    }

    /** The fewest in favour that adopt. */
    public int needed() {
        return base / 2 + 1;
    }
}
