package vn.dangbo.members.web;

import org.jspecify.annotations.Nullable;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.dangbo.members.MembershipFigures;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.shared.VietnameseDates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The statistics as one printable sheet: a title row with the scope and the date, the headline
 * figures, then one section per breakdown (label, count, percentage) with its total.
 */
final class StatisticsWorkbook {

    private final Workbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle percent;
    private final CellStyle totalText;
    private final CellStyle totalNumber;
    private final CellStyle totalPercent;
    private int next;

    private StatisticsWorkbook(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        title = style(14, true, false, null);
        header = style(12, true, true, null);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = style(12, false, true, null);
        number = style(12, false, true, "#,##0");
        percent = style(12, false, true, "0.0%");
        totalText = style(12, true, true, null);
        totalNumber = style(12, true, true, "#,##0");
        totalPercent = style(12, true, true, "0.0%");
    }

    static byte[] write(MembershipFigures figures, List<FigureTable> tables, MessageSource messages, Locale locale) {
        StatisticsWorkbook book = new StatisticsWorkbook(messages.getMessage("stats.sheet", null, locale));
        book.title(messages.getMessage("stats.workbookTitle",
                new Object[]{figures.scopeName(), VietnameseDates.date(figures.asOf())}, locale));

        book.header(messages.getMessage("stats.headline", null, locale), messages.getMessage("stats.count", null, locale),
                messages.getMessage("stats.percent", null, locale));
        book.row(messages.getMessage("stats.cells", null, locale), figures.cells().size(), null);
        book.row(messages.getMessage("stats.members", null, locale), figures.total(), null);
        for (MembershipFigures.Share<MembershipKind> kind : figures.kinds()) {
            book.row(messages.getMessage("MembershipKind." + kind.key(), null, locale), kind.count(), kind.percent());
        }
        book.row(messages.getMessage("stats.theoryIntermediateOrHigher", null, locale), figures.intermediateOrHigherTheory(),
                figures.percentOf(figures.intermediateOrHigherTheory()));

        String count = messages.getMessage("stats.count", null, locale);
        String share = messages.getMessage("stats.percent", null, locale);
        String total = messages.getMessage("stats.total", null, locale);
        for (FigureTable table : tables) {
            book.next++;
            book.header(table.title(), count, share);
            for (FigureTable.Row row : table.rows()) {
                book.row(row.label(), row.count(), row.percent());
            }
            book.total(total, table.total());
        }
        return book.bytes();
    }

    private void title(String value) {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(40); // room for two lines when a long cell name wraps
        row.createCell(0).setCellValue(value);
        row.getCell(0).setCellStyle(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        next++;
    }

    private void header(String... labels) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < labels.length; i++) {
            row.createCell(i).setCellValue(labels[i]);
            row.getCell(i).setCellStyle(header);
        }
    }

    private void row(String label, long count, @Nullable Double percentage) {
        line(label, count, percentage, text, number, percent);
    }

    private void total(String label, long count) {
        line(label, count, count == 0 ? 0.0 : 100.0, totalText, totalNumber, totalPercent);
    }

    private void line(String label, long count, @Nullable Double percentage, CellStyle labelStyle, CellStyle countStyle,
                      CellStyle percentStyle) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(labelStyle);
        row.createCell(1).setCellValue(count);
        row.getCell(1).setCellStyle(countStyle);
        row.createCell(2).setCellStyle(percentStyle);
        if (percentage != null) {
            row.getCell(2).setCellValue(percentage / 100);
        }
    }

    private CellStyle style(int points, boolean bold, boolean bordered, @Nullable String format) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(true);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }

    private byte[] bytes() {
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
