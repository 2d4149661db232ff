package vn.dangbo.rating.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import vn.dangbo.rating.RatingManagement;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.shared.Spreadsheets;
import vn.dangbo.shared.VietnameseDates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The yearly report as one sheet: per cell, the count and share of each level, then the target line. */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static byte[] write(RatingManagement.Report report, MessageSource messages, Locale locale) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("rating.report.sheet", null, locale));
            Spreadsheets.Styles styles = Spreadsheets.styles(workbook);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            List<String> titles = new ArrayList<>();
            titles.add(messages.getMessage("rating.report.cell", null, locale));
            titles.add(messages.getMessage("rating.report.rated", null, locale));
            for (Level level : Level.values()) {
                titles.add(messages.getMessage("rating.level." + level, null, locale));
                titles.add(messages.getMessage("rating.report.percentOf", new Object[]{messages.getMessage("rating.levelShort." + level, null, locale)}, locale));
            }
            titles.add(messages.getMessage("rating.report.goodOrBetter", null, locale));
            titles.add(messages.getMessage("rating.report.notRated", null, locale));
            titles.add(messages.getMessage("rating.report.pending", null, locale));
            Spreadsheets.header(sheet, styles, titles, 40, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 12, 12);
            int r = 1;
            for (RatingManagement.ReportRow row : report.cells()) {
                write(sheet.createRow(r++), row, styles, percent);
            }
            write(sheet.createRow(r++), new RatingManagement.ReportRow(null,
                    messages.getMessage("rating.report.total", null, locale), report.total().counts(),
                    report.total().notRated(), report.total().pending()), styles, percent);
            r++;
            Spreadsheets.text(sheet.createRow(r++), 0, messages.getMessage(report.targetMet() ? "rating.report.targetMet" : "rating.report.targetMissed",
                    new Object[]{report.targetPercent(), String.format(locale, "%.1f", report.total().percentOf(report.total().goodOrBetter()))}, locale), styles);
            Spreadsheets.text(sheet.createRow(r++), 0, messages.getMessage("rating.report.scopeLine",
                    new Object[]{report.scopeName(), String.valueOf(report.year()), VietnameseDates.date(report.reviewedOn())}, locale), styles);
            Spreadsheets.text(sheet.createRow(r), 0, report.basis(), styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, RatingManagement.ReportRow figures, Spreadsheets.Styles styles, CellStyle percent) {
        Spreadsheets.text(row, 0, figures.cellName(), styles);
        row.createCell(1).setCellValue(figures.rated());
        int c = 2;
        for (Level level : Level.values()) {
            row.createCell(c++).setCellValue(figures.count(level));
            var cell = row.createCell(c++);
            cell.setCellValue(figures.percent(level) / 100);
            cell.setCellStyle(percent);
        }
        var good = row.createCell(c++);
        good.setCellValue(figures.percentOf(figures.goodOrBetter()) / 100);
        good.setCellStyle(percent);
        row.createCell(c++).setCellValue(figures.notRated());
        row.createCell(c).setCellValue(figures.pending());
    }
}
