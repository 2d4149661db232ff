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

/**
 * The yearly report as a workbook: on the first sheet, per cell, the count and share of each level,
 * then the target line; then the names behind the figures, everyone, one sheet each: members not
 * rated with the reason, members disciplined in the year, the cells' own levels. The printed
 * report counts long lists and points here.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static byte[] write(RatingManagement.Report report, RatingManagement.ReportDetails details, MessageSource messages, Locale locale) {
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
            namesSheets(workbook, details, styles, messages, locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void namesSheets(Workbook workbook, RatingManagement.ReportDetails details, Spreadsheets.Styles styles,
                                    MessageSource messages, Locale locale) {
        Sheet notRated = workbook.createSheet(m(messages, locale, "rating.report.sheet.notRated"));
        Spreadsheets.header(notRated, styles, List.of(m(messages, locale, "rating.report.memberName"),
                m(messages, locale, "rating.report.cell"), m(messages, locale, "rating.report.reason")), 30, 40, 80);
        int r = 1;
        for (RatingManagement.NotRatedMember member : details.notRated()) {
            Row row = notRated.createRow(r++);
            Spreadsheets.text(row, 0, member.memberName(), styles);
            Spreadsheets.text(row, 1, member.cellName(), styles);
            Spreadsheets.text(row, 2, member.reason(), styles);
        }

        Sheet discipline = workbook.createSheet(m(messages, locale, "rating.report.sheet.discipline"));
        Spreadsheets.header(discipline, styles, List.of(m(messages, locale, "rating.report.memberName"),
                m(messages, locale, "rating.report.disciplineForm"), m(messages, locale, "rating.report.decisionNumber"),
                m(messages, locale, "rating.report.decidedOn"), m(messages, locale, "rating.report.decidingBody")), 30, 14, 16, 14, 40);
        r = 1;
        for (RatingManagement.DisciplineView d : details.disciplineInYear()) {
            Row row = discipline.createRow(r++);
            Spreadsheets.text(row, 0, d.memberName(), styles);
            Spreadsheets.text(row, 1, d.formLabel(), styles);
            Spreadsheets.text(row, 2, d.decisionNumber(), styles);
            Spreadsheets.date(row, 3, d.decidedOn(), styles);
            Spreadsheets.text(row, 4, d.decidingBody(), styles);
        }

        Sheet cells = workbook.createSheet(m(messages, locale, "rating.report.sheet.cells"));
        Spreadsheets.header(cells, styles, List.of(m(messages, locale, "rating.report.cell"),
                m(messages, locale, "rating.report.score"), m(messages, locale, "rating.report.cellLevel")), 40, 8, 30);
        r = 1;
        for (RatingManagement.CellRatingView c : details.cellRatings()) {
            Row row = cells.createRow(r++);
            Spreadsheets.text(row, 0, c.cellName(), styles);
            row.createCell(1).setCellValue(c.score());
            Spreadsheets.text(row, 2, m(messages, locale, "rating.level." + c.level()), styles);
        }
    }

    private static String m(MessageSource messages, Locale locale, String key) {
        return messages.getMessage(key, null, locale);
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
