package vn.dangbo.members.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.dangbo.members.MembershipFigures;
import vn.dangbo.members.MembershipFigures.Share;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One breakdown of the statistics with its labels in the reader's language: the page's table
 * and chart and the workbook's section are made from the same rows. Public only so that the
 * template's expressions can read it; the web package stays private to the module.
 *
 * @param chart {@code bar}, {@code hbar} (long labels), {@code doughnut}, or null for a table only
 * @param summary the chart's text alternative: every label with its count
 */
public record FigureTable(String id, String title, String column, @Nullable String chart, List<Row> rows, long total, String summary) {

    /** Above this many rows a chart says less than its table: the table alone is shown. */
    public static final int MAX_CHART_ROWS = 30;

    /** Counts and percentages formatted here, once per table, in the reader's locale ("72,7"). */
    public record Row(String label, long count, double percent, String countText, String percentText) {
    }

    public boolean charted() {
        return chart != null && rows.size() <= MAX_CHART_ROWS;
    }

    static List<FigureTable> of(MembershipFigures figures, MessageSource messages, Locale locale) {
        Labels labels = new Labels(messages, locale);
        List<FigureTable> tables = new ArrayList<>();
        tables.add(labels.table("cells", "stats.byCell", "members.cell", "hbar", figures.cells(), c -> c.name(), figures.total()));
        tables.add(labels.table("education", "stats.byEducation", "members.education", "bar", figures.education(), labels::of, figures.total()));
        tables.add(labels.table("theory", "stats.byTheory", "members.theory", "bar", figures.politicalTheory(), labels::of, figures.total()));
        tables.add(labels.table("age", "stats.byAge", "members.age", "bar", figures.ageBands(), labels::of, figures.total()));
        tables.add(labels.table("gender", "stats.byGender", "members.gender", "doughnut", figures.genders(), labels::of, figures.total()));
        tables.add(labels.table("ethnicity", "stats.byEthnicity", "members.ethnicity", null, figures.ethnicities(), e -> e, figures.total()));
        tables.add(labels.table("kind", "stats.byKind", "members.kind", null, figures.kinds(), labels::of, figures.total()));
        tables.add(labels.table("standing", "stats.byStanding", "stats.standing", null, figures.standings(), labels::of, figures.total()));
        return tables;
    }

    static NumberFormat percentFormat(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }

    private record Labels(MessageSource messages, Locale locale) {

        String of(Enum<?> value) {
            return messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null, locale);
        }

        <K> FigureTable table(String id, String titleKey, String columnKey, @Nullable String chart, List<Share<K>> shares,
                              Function<K, String> label, long total) {
            String title = messages.getMessage(titleKey, null, locale);
            String column = messages.getMessage(columnKey, null, locale);
            NumberFormat number = NumberFormat.getIntegerInstance(locale);
            NumberFormat percent = percentFormat(locale);
            List<Row> rows = shares.stream().map(s -> new Row(label.apply(s.key()), s.count(), s.percent(),
                    number.format(s.count()), percent.format(s.percent()))).toList();
            String values = rows.stream().map(r -> r.label() + ": " + number.format(r.count())).collect(Collectors.joining("; "));
            String lowerTitle = title.substring(0, 1).toLowerCase(locale) + title.substring(1);
            String summary = messages.getMessage("stats.chartSummary", new Object[]{lowerTitle, values}, locale);
            return new FigureTable(id, title, column, chart, rows, total, summary);
        }
    }
}
