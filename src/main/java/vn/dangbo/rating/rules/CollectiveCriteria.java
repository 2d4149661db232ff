package vn.dangbo.rating.rules;

/**
 * The thresholds a collective is held to besides its score (R3, R9).
 *
 * @param exceededPercentForExcellent at least this share of tasks exceeded for EXCELLENT
 * @param latePercentForCompleted     at most this share of tasks late for COMPLETED
 * @param disciplinedUnitsPercent     more than this share of units disciplined makes a
 *                                    leadership collective NOT_COMPLETED
 */
public record CollectiveCriteria(int exceededPercentForExcellent, int latePercentForCompleted,
                                 int disciplinedUnitsPercent) {

    public CollectiveCriteria {
        for (int p : new int[] {exceededPercentForExcellent, latePercentForCompleted, disciplinedUnitsPercent}) {
            if (p < 0 || p > 100) {
                throw new IllegalArgumentException("Percent must be 0–100: " + p);
            }
        }
    }

    public static CollectiveCriteria standard() {
        return new CollectiveCriteria(30, 20, 20);
    }
}
