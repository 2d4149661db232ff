package vn.dangbo.shared;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One non-empty cell of a streamed sheet, as the file stores it: text, a number (with the date it
 * shows when its format is a date format), or an error code such as {@code #N/A}. Column 0 is A.
 */
public record SheetCell(int column, @Nullable String text, @Nullable BigDecimal number, @Nullable LocalDate date,
                        @Nullable String error) {

    public static SheetCell ofText(int column, String text) {
        return new SheetCell(column, text, null, null, null);
    }

    public static SheetCell ofNumber(int column, BigDecimal number, @Nullable LocalDate date) {
        return new SheetCell(column, null, number, date, null);
    }

    public static SheetCell ofError(int column, String error) {
        return new SheetCell(column, null, null, null, error);
    }

    public boolean isText() {
        return text != null;
    }

    public boolean isNumber() {
        return number != null;
    }

    public boolean isError() {
        return error != null;
    }

    /** What a person reads in the cell: text as is, a date as dd/MM/yyyy, a number without exponent. */
    public String shown() {
        if (text != null) {
            return text;
        }
        if (date != null) {
            return VietnameseDates.date(date);
        }
        if (number != null) {
            return number.stripTrailingZeros().toPlainString();
        }
        return error == null ? "" : error;
    }

    /** The column as Excel names it: A, B, …, Z, AA, … */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
