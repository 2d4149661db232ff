package vn.dangbo.meetings.quorum;

/**
 * A share that must be exceeded: {@code 1/2} means "more than half". Written "n/d" in configuration.
 */
public record Share(int numerator, int denominator) {

    public static final Share HALF = new Share(1, 2);

    public Share {
        if (numerator < 0 || denominator <= 0 || numerator >= denominator) {
            throw new IllegalArgumentException("A share is n/d with 0 <= n < d, not " + numerator + "/" + denominator);
        }
    }

    public static Share parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A share is written n/d, not " + text);
        }
        return new Share(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    /** Whether {@code count} of {@code base} is more than this share; never for an empty base. */
    public boolean exceededBy(long count, long base) {
        return base > 0 && count * denominator > base * numerator;
    }

    /** The least count of {@code base} that exceeds this share. */
    public long leastExceeding(long base) {
        return base * numerator / denominator + 1;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
