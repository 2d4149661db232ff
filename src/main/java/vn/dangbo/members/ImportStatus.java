package vn.dangbo.members;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Where an import stands, as its page shows it: the step, how far (rows or numbers done of the
 * total, 0 when the total is not known yet), and at the end how many were imported or why none.
 */
public record ImportStatus(String id, State state, int done, int total, int rows, int imported,
                           List<ImportProblem> problems, int problemCount, int rowsWithProblems,
                           @Nullable String message, List<String> ignoredColumns) {

    public enum State {
        WAITING, CHECKING_ROWS, COMPARING, SAVING, IMPORTED, REJECTED, FAILED;

        public boolean finished() {
            return ordinal() >= IMPORTED.ordinal();
        }
    }

    public boolean finished() {
        return state.finished();
    }

    /** Problems counted but not listed. */
    public int moreProblems() {
        return problemCount - problems.size();
    }
}
