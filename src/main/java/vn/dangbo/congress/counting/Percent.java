package vn.dangbo.congress.counting;

/** Percentages as the minutes print them: two decimals, half-up, in integer arithmetic (R25). */
public final class Percent {

    private Percent() {
    }

    /** {@code part / whole × 100} with two decimals, half-up, e.g. 28 of 31 → "90.32". */
    public static String of(long part, long whole) {
        if (whole <= 0 || part < 0) {
            throw new IllegalArgumentException("percent of " + part + " / " + whole);
        }
        long hundredths = (part * 20_000 + whole) / (2 * whole);
        long fraction = hundredths % 100;
        return (hundredths / 100) + "." + (fraction < 10 ? "0" : "") + fraction;
    }
}
