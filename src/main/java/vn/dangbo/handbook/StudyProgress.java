package vn.dangbo.handbook;

import java.util.List;

/**
 * How far a campaign has got: members who studied over members who must (those on the rolls of
 * the assigned cells), for the scope asked and per cell, with who has not yet studied.
 */
public record StudyProgress(String scopeName, int studied, int expected, List<CellLine> cells, List<PendingMember> notStudied) {

    public StudyProgress {
        cells = List.copyOf(cells);
        notStudied = List.copyOf(notStudied);
    }

    public record CellLine(long cellId, String name, int studied, int expected) {
        public int percent() {
            return StudyProgress.percent(studied, expected);
        }
    }

    public int percent() {
        return percent(studied, expected);
    }

    /** Rounded down, so that 100% means everyone and nobody reads 99.6% as done. */
    static int percent(int studied, int expected) {
        return expected == 0 ? 0 : (int) (studied * 100L / expected);
    }
}
