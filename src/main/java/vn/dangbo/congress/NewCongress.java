package vn.dangbo.congress;

import java.time.LocalDate;

/** What the convening committee records to set up a congress. */
public record NewCongress(CongressKind kind, int ordinal, String name, String termLabel, LocalDate opensOn, LocalDate closesOn) {
}
