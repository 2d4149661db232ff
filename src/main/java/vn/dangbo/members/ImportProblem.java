package vn.dangbo.members;

/**
 * One reason an import was refused: the row as Excel numbers it (0 for the file as a whole), the
 * column's letter and title (empty for a whole row or file) and the reason, in Vietnamese.
 */
public record ImportProblem(int row, String column, String columnTitle, String reason) {

    static ImportProblem ofFile(String reason) {
        return new ImportProblem(0, "", "", reason);
    }
}
