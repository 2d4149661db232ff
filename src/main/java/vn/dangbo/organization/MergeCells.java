package vn.dangbo.organization;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

public record MergeCells(List<Long> sourceCellIds, String newCellName, String decisionNumber, LocalDate decidedOn,
                         @Nullable String note) {
}
