package vn.dangbo.members;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The problems of one import: every one is counted, the first {@link #KEPT} are kept to show. A file
 * of 200,000 bad rows would otherwise hold a million messages in memory for nobody to read.
 */
final class ImportProblems {

    static final int KEPT = 200;

    private final List<ImportProblem> kept = new ArrayList<>();
    private final BitSet rows = new BitSet();
    private int count;

    void add(ImportProblem problem) {
        count++;
        rows.set(problem.row());
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    boolean hasFileProblem() {
        return rows.get(0);
    }

    /** Rows (not the file) with at least one problem. */
    int rowCount() {
        return rows.cardinality() - (rows.get(0) ? 1 : 0);
    }

    /** By row, then by column as Excel orders them (A … Z, AA …). */
    List<ImportProblem> shown() {
        return kept.stream()
                .sorted(Comparator.comparingInt(ImportProblem::row)
                        .thenComparingInt((ImportProblem p) -> p.column().length())
                        .thenComparing(ImportProblem::column))
                .toList();
    }
}
