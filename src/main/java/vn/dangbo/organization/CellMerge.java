package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.List;

/** A recorded merge as pages show it. */
public record CellMerge(long id, String decisionNumber, LocalDate decidedOn, long targetId, String targetName,
                        List<String> sourceNames, String note) {
}
