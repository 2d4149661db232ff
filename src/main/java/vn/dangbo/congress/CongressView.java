package vn.dangbo.congress;

import java.time.LocalDate;

public record CongressView(long id, long organizationId, CongressKind kind, int ordinal, String name, String termLabel,
                           LocalDate opensOn, LocalDate closesOn) {
}
