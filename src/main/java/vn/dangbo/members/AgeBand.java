package vn.dangbo.members;

import java.time.LocalDate;

/** Age bands of the statistics and filters, in full years on a given day. */
public enum AgeBand {
    UP_TO_30(0, 30), FROM_31_TO_40(31, 40), FROM_41_TO_50(41, 50), FROM_51_TO_60(51, 60), OVER_60(61, 200);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeBand of(LocalDate birthDate, LocalDate today) {
        int age = java.time.Period.between(birthDate, today).getYears();
        for (AgeBand band : values()) {
            if (age <= band.to) {
                return band;
            }
        }
        return OVER_60;
    }

    /** Born after this day (exclusive) ... */
    LocalDate bornAfter(LocalDate today) {
        return today.minusYears(to + 1L);
    }

    /** ... and on or before this one. */
    LocalDate bornOnOrBefore(LocalDate today) {
        return today.minusYears(from);
    }
}
