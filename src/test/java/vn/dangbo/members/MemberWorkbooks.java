package vn.dangbo.members;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Workbooks as people fill them, for tests: the template's header and rows whose cells are text
 * (a String), dates (a LocalDate, formatted dd/mm/yyyy), numbers (a Number) or empty (null).
 */
public final class MemberWorkbooks {

    public static final String OFFICE_CELL = "Chi bộ 1 – Văn phòng Sở";

    private MemberWorkbooks() {
    }

    public static List<String> header() {
        return Arrays.stream(MemberColumn.values()).map(MemberColumn::title).toList();
    }

    /** A member that passes every rule, in the office cell of the demo organization. */
    public static Object[] goodRow(String fullName, String citizenId, String cardNumber) {
        return new Object[]{fullName, LocalDate.of(1985, 3, 5), "Nam", "Kinh", "Không", "Nam Định", citizenId, cardNumber,
                "0912345678", OFFICE_CELL, "Đại học", "Trung cấp", "Chuyên viên", LocalDate.of(2010, 5, 19),
                LocalDate.of(2011, 5, 19), "Chính thức"};
    }

    /** The row with one column replaced. */
    public static Object[] with(Object[] row, String columnTitle, Object value) {
        Object[] copy = row.clone();
        copy[header().indexOf(columnTitle)] = value;
        return copy;
    }

    public static Path write(Path dir, String fileName, List<Object[]> rows) throws IOException {
        List<Object[]> all = new ArrayList<>();
        all.add(header().toArray());
        all.addAll(rows);
        return writeRows(dir, fileName, all);
    }

    /** Rows exactly as given, the first one included: for files without the template's header. */
    public static Path writeRows(Path dir, String fileName, List<Object[]> rows) throws IOException {
        Path file = dir.resolve(fileName);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Đảng viên");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                Object[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (value) {
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        }
                        case Number n -> cell.setCellValue(n.doubleValue());
                        default -> cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
