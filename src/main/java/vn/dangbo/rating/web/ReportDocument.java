package vn.dangbo.rating.web;

import org.springframework.context.MessageSource;
import vn.dangbo.rating.RatingManagement;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.shared.PartyDocument;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The yearly report as a party document (BÁO CÁO, Hướng dẫn 36-HD/VPTW) for the DOCX and PDF
 * downloads: the same figures as the page and the workbook, per cell and for the whole scope,
 * the target line, the cells' own levels, members not rated and members disciplined (R12).
 * It is an official Vietnamese document, so it is always worded in Vietnamese.
 * <p>
 * The table per cell is printed in full, even for a province's thousand cells: it is what the
 * report is for. The named lists (members not rated, members disciplined, the cells' own levels)
 * are printed in full up to {@link #NAMED_LIST_LIMIT} lines; a longer one, thousands of names in
 * a province, would bury the figures and help no reader of a signed paper, so it is counted by
 * reason, form or level and the document points to the workbook, whose sheets name everyone.
 */
final class ReportDocument {

    static final Locale VI = VietnameseText.LOCALE;
    /** About a printed page of names. */
    static final int NAMED_LIST_LIMIT = 40;

    private ReportDocument() {
    }

    /** Where the organization sits and signs from: set by configuration, as each organization has its own. */
    record Letterhead(String superiorBody, String committeeName, String place) {
    }

    static PartyDocument build(RatingManagement.Report report, RatingManagement.ReportDetails details, boolean committee, String signer,
                               Letterhead letterhead, LocalDate today, MessageSource messages) {
        String issuer = committee ? issuerOf(report.scopeName()) : report.scopeName();
        String year = String.valueOf(report.year());
        RatingManagement.ReportRow t = report.total();
        List<PartyDocument.Block> body = new ArrayList<>();

        body.add(new PartyDocument.Paragraph(m(messages, "ratingdoc.intro", report.scopeName(), year,
                VietnameseDates.date(report.reviewedOn()), report.basis())));

        body.add(new PartyDocument.Heading(m(messages, "ratingdoc.members.heading")));
        body.add(new PartyDocument.Paragraph(m(messages, "ratingdoc.members.totals", t.listed(), t.rated(), t.notRated(), t.pending())));
        List<String> headers = new ArrayList<>();
        headers.add(m(messages, "rating.report.cell"));
        headers.add(m(messages, "rating.report.rated"));
        for (Level level : Level.values()) {
            headers.add(m(messages, "rating.levelShort." + level));
        }
        headers.add(m(messages, "rating.report.goodOrBetter"));
        List<List<String>> rows = new ArrayList<>();
        for (RatingManagement.ReportRow row : report.cells()) {
            rows.add(figures(row, row.cellName()));
        }
        rows.add(figures(t, m(messages, committee ? "rating.report.total" : "ratingdoc.cellTotal")));
        body.add(new PartyDocument.Table(headers, rows));
        body.add(new PartyDocument.Paragraph(m(messages, "ratingdoc.tableNote")));
        for (Level level : Level.values()) {
            body.add(new PartyDocument.Field(m(messages, "rating.level." + level),
                    m(messages, "ratingdoc.levelLine", t.count(level), percent(t.percent(level)))));
        }
        String reached = percent(t.percentOf(t.goodOrBetter()));
        body.add(new PartyDocument.Field(m(messages, "ratingdoc.target.label", report.targetPercent()),
                m(messages, report.targetMet() ? "ratingdoc.target.met" : "ratingdoc.target.missed", reached)));

        List<RatingManagement.NotRatedMember> notRated = details.notRated();
        if (notRated.size() > NAMED_LIST_LIMIT) {
            body.add(new PartyDocument.Paragraph(m(messages, "ratingdoc.notRated.counted", notRated.size())));
            body.add(countTable(messages, "ratingdoc.notRated.reason", "ratingdoc.members.count",
                    notRated.stream().map(e -> m(messages, "ratingdoc.notRated.rule." + e.rule())).toList()));
            body.add(seeWorkbook(messages, "rating.report.sheet.notRated"));
        } else if (!notRated.isEmpty()) {
            body.add(new PartyDocument.Paragraph(m(messages, "ratingdoc.notRated")));
            body.add(new PartyDocument.Bullets(notRated.stream()
                    .map(e -> e.memberName() + " (" + e.cellName() + "): " + e.reason()).toList()));
        }
        List<RatingManagement.DisciplineView> discipline = details.disciplineInYear();
        if (discipline.isEmpty()) {
            body.add(new PartyDocument.Paragraph(m(messages, "ratingdoc.discipline.none", year)));
        } else {
            body.add(new PartyDocument.Paragraph(m(messages, "ratingdoc.discipline.some", year, discipline.size())));
            if (discipline.size() > NAMED_LIST_LIMIT) {
                body.add(countTable(messages, "ratingdoc.discipline.form", "ratingdoc.members.count",
                        discipline.stream().map(RatingManagement.DisciplineView::formLabel).toList()));
                body.add(seeWorkbook(messages, "rating.report.sheet.discipline"));
            } else {
                body.add(new PartyDocument.Bullets(discipline.stream()
                        .map(d -> m(messages, "ratingdoc.discipline.line", d.memberName(), d.formLabel(), d.decisionNumber(),
                                VietnameseDates.date(d.decidedOn()), d.decidingBody())).toList()));
            }
        }

        List<RatingManagement.CellRatingView> cellRatings = details.cellRatings();
        body.add(new PartyDocument.Heading(m(messages, "ratingdoc.cells.heading")));
        if (cellRatings.isEmpty()) {
            body.add(new PartyDocument.Paragraph(m(messages, "ratingdoc.cells.none", year)));
        } else {
            Map<Level, Long> counts = new EnumMap<>(Level.class);
            for (RatingManagement.CellRatingView c : cellRatings) {
                counts.merge(c.level(), 1L, Long::sum);
            }
            List<List<String>> cellRows = new ArrayList<>();
            for (Level level : Level.values()) {
                long n = counts.getOrDefault(level, 0L);
                cellRows.add(List.of(m(messages, "rating.level." + level), String.valueOf(n), percent(n * 100.0 / cellRatings.size())));
            }
            body.add(new PartyDocument.Table(List.of(m(messages, "ratingdoc.cells.level"), m(messages, "ratingdoc.cells.count"),
                    m(messages, "ratingdoc.cells.share")), cellRows));
            if (cellRatings.size() > NAMED_LIST_LIMIT) {
                body.add(seeWorkbook(messages, "rating.report.sheet.cells"));
            } else {
                body.add(new PartyDocument.Bullets(cellRatings.stream()
                        .map(c -> c.cellName() + ": " + m(messages, "rating.level." + c.level()) + " (" + c.score() + ")").toList()));
            }
        }

        String onBehalf = m(messages, committee ? "ratingdoc.onBehalf.committee" : "ratingdoc.onBehalf.cell");
        List<String> recipients = committee
                ? List.of(m(messages, "ratingdoc.to.superior"), m(messages, "ratingdoc.to.cells"), m(messages, "ratingdoc.to.archive"))
                : List.of(m(messages, "ratingdoc.to.committee"), m(messages, "ratingdoc.to.archive"));
        return new PartyDocument(committee ? letterhead.superiorBody() : letterhead.committeeName(),
                issuer, committee ? "     -BC/ĐU" : "     -BC/CB", letterhead.place(), today, m(messages, "ratingdoc.kind"),
                m(messages, "ratingdoc.summary", year), body,
                List.of(new PartyDocument.Signature(onBehalf, m(messages, "ratingdoc.secretary"), signer)), recipients);
    }

    /** How many of the list fall under each label, in the order the labels first come, and their sum. */
    private static PartyDocument.Table countTable(MessageSource messages, String labelHeader, String countHeader, List<String> labels) {
        Map<String, Long> counts = new LinkedHashMap<>();
        labels.forEach(label -> counts.merge(label, 1L, Long::sum));
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((label, n) -> rows.add(List.of(label, String.valueOf(n))));
        rows.add(List.of(m(messages, "ratingdoc.cellTotal"), String.valueOf(labels.size())));
        return new PartyDocument.Table(List.of(m(messages, labelHeader), m(messages, countHeader)), rows);
    }

    /** Where the names are: the sheet of the workbook downloaded beside the document. */
    private static PartyDocument.Paragraph seeWorkbook(MessageSource messages, String sheetKey) {
        return new PartyDocument.Paragraph(m(messages, "ratingdoc.seeWorkbook", m(messages, sheetKey)));
    }

    /** The committee's row in the header: "Đảng bộ Sở X" issues as "Đảng ủy Sở X". */
    static String issuerOf(String organization) {
        return organization.startsWith("Đảng bộ ") ? "Đảng ủy " + organization.substring("Đảng bộ ".length()) : organization;
    }

    private static List<String> figures(RatingManagement.ReportRow row, String name) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.add(String.valueOf(row.rated()));
        for (Level level : Level.values()) {
            cells.add(row.count(level) + " (" + percent(row.percent(level)) + ")");
        }
        cells.add(row.goodOrBetter() + " (" + percent(row.percentOf(row.goodOrBetter())) + ")");
        return cells;
    }

    /** One decimal with a comma, as the page shows it: 93,9%. */
    static String percent(double value) {
        return String.format(VI, "%.1f%%", value);
    }

    private static String m(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
