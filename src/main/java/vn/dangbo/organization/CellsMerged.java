package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Cells were merged: the members of every source cell now belong to the target. Published inside
 * the merge's transaction so that the move of members commits with it or not at all.
 */
public record CellsMerged(long restructuringId, List<Long> sourceCellIds, long targetCellId, String targetName,
                          String decisionNumber, LocalDate decidedOn) {
}
