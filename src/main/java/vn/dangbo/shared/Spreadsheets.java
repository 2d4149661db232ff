package vn.dangbo.shared;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * xlsx in and out, for every module: the styles of our workbooks, cells that are safe to open in
 * Excel, and a streaming reader that reads a sheet row by row without loading the workbook, so an
 * upload of 20 MB stays a few hundred MB of memory at most.
 */
public final class Spreadsheets {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Excel keeps at most 32,767 characters in a cell; anything longer is not from Excel. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Decompressed size of any one part (a sheet of 200,000 rows is about 150 MB of XML). */
    static final long MAX_ENTRY_SIZE = 300L * 1024 * 1024;
    /** Real sheets compress about 10 to 1; a zip bomb compresses a thousand to one. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI's limits are global to the JVM; set them explicitly rather than trust the defaults.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(1_000);
    }

    private Spreadsheets() {
    }

    // ---- writing

    /** The cell styles of one workbook; make them once per workbook, a workbook holds at most 64,000. */
    public record Styles(CellStyle header, CellStyle text, CellStyle formulaLikeText, CellStyle date) {
    }

    public static Styles styles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        short textFormat = workbook.createDataFormat().getFormat("@");
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(textFormat);
        CellStyle formulaLike = workbook.createCellStyle();
        formulaLike.setDataFormat(textFormat);
        formulaLike.setQuotePrefixed(true);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        return new Styles(header, text, formulaLike, date);
    }

    /** Row 1 holds the titles and stays in view while scrolling; widths are in characters. */
    public static void header(Sheet sheet, Styles styles, List<String> titles, int... widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(styles.header());
            if (c < widths.length) {
                sheet.setColumnWidth(c, Math.min(widths[c], 255) * 256);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * A text cell, never a formula. Text that Excel or a CSV export would take for a formula
     * (= + - @, tab, carriage return) is also marked with a quote prefix, so editing the cell in
     * Excel keeps it text.
     */
    public static void text(Row row, int column, @Nullable String value, Styles styles) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT) : value);
        cell.setCellStyle(formulaLike(value) ? styles.formulaLikeText() : styles.text());
    }

    /** A real date cell shown as dd/MM/yyyy, so the sheet sorts and filters by date. */
    public static void date(Row row, int column, @Nullable LocalDate value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date());
    }

    public static boolean formulaLike(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    // ---- reading

    /** Receives the non-empty rows of a sheet in order; return false to stop reading. */
    public interface RowHandler {

        /** The last row the sheet says it uses (its dimension), when it says so; before any row. */
        default void lastRow(int excelRow) {
        }

        /** A row with at least one cell, numbered as Excel shows it; cells in column order. */
        boolean row(int excelRow, List<SheetCell> cells);
    }

    /**
     * Checks the first bytes, so a picture or a document renamed to .xlsx gets a clear answer
     * before any parser sees it.
     */
    public static void requireXlsx(Path file) {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new SpreadsheetException("Không đọc được tệp tải lên.", e);
        }
        if (read == 0) {
            throw new SpreadsheetException("Tệp rỗng (0 byte).");
        }
        if (read >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0) {
            throw new SpreadsheetException("Tệp .xls (Excel 97–2003) chưa được hỗ trợ. Hãy mở tệp trong Excel và lưu lại dạng .xlsx.");
        }
        if (read < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw new SpreadsheetException("Tệp không phải bảng tính Excel (.xlsx). Hãy chọn tệp .xlsx, ví dụ tệp mẫu.");
        }
    }

    /** Streams the first sheet (in workbook order) to the handler. */
    public static void readFirstSheet(Path file, RowHandler handler) {
        requireXlsx(file);
        RuntimeException handlerFailure = null;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = date1904(reader);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new SpreadsheetException("Tệp không có trang tính nào.");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                SheetHandler sheetHandler = new SheetHandler(handler, strings, styles, date1904);
                parser.setContentHandler(sheetHandler);
                try {
                    parser.parse(new InputSource(sheet));
                } catch (SheetHandler.Stop stop) {
                    // the handler has what it needs
                } catch (SheetHandler.HandlerFailed failed) {
                    // the caller's own failure, not the file's: rethrown below as it is
                    handlerFailure = failed.getCause();
                }
            }
        } catch (SpreadsheetException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new SpreadsheetException("Tệp .xls (Excel 97–2003) chưa được hỗ trợ. Hãy lưu lại dạng .xlsx.", e);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new SpreadsheetException("Tệp bị nén bất thường (dữ liệu giải nén quá lớn so với tệp), nghi là tệp độc hại; "
                        + "hệ thống không đọc tệp này.", e);
            }
            throw broken(e);
        } catch (POIXMLException | OpenXML4JException | OpenXML4JRuntimeException
                 | SAXException | ParserConfigurationException | IllegalArgumentException | IllegalStateException e) {
            throw broken(e);
        }
        if (handlerFailure != null) {
            throw handlerFailure;
        }
    }

    private static SpreadsheetException broken(Exception cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IOException && String.valueOf(root.getMessage()).contains("Zip bomb")) {
            return new SpreadsheetException("Tệp bị nén bất thường (dữ liệu giải nén quá lớn so với tệp), nghi là tệp độc hại; "
                    + "hệ thống không đọc tệp này.", cause);
        }
        if (root instanceof ZipException || cause instanceof ZipException) {
            return new SpreadsheetException("Tệp .xlsx bị hỏng hoặc tải lên chưa trọn vẹn. Hãy mở tệp trong Excel, lưu lại rồi thử lại.", cause);
        }
        return new SpreadsheetException("Tệp .xlsx bị hỏng hoặc không đúng định dạng bảng tính Excel. Hãy mở tệp trong Excel, "
                + "lưu lại rồi thử lại.", cause);
    }

    /** Workbooks made on old Macs count days from 1904; their date serials are 1,462 days smaller. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                        throw new SheetHandler.Stop();
                    }
                    if ("sheets".equals(localName)) {
                        throw new SheetHandler.Stop();
                    }
                }
            });
            try {
                parser.parse(new InputSource(workbook));
            } catch (SheetHandler.Stop stop) {
                // workbookPr comes before the sheets; nothing after it matters here
            }
        }
        return found[0];
    }

    /** SAX over one worksheet part: row and c elements with their values, nothing else kept. */
    private static final class SheetHandler extends DefaultHandler {

        static final class Stop extends SAXException {
            Stop() {
                super("stop");
            }
        }

        static final class HandlerFailed extends SAXException {
            private final RuntimeException failure;

            HandlerFailed(RuntimeException failure) {
                super(failure);
                this.failure = failure;
            }

            @Override
            public synchronized RuntimeException getCause() {
                return failure;
            }
        }

        private final RowHandler handler;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private final List<SheetCell> cells = new ArrayList<>();
        private int rowNumber;
        private int column = -1;
        private @Nullable String type;
        private int style;
        private boolean collecting;
        private boolean inPhonetic;

        SheetHandler(RowHandler handler, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
            this.handler = handler;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "dimension" -> {
                    String ref = attributes.getValue("ref");
                    if (ref != null) {
                        String last = ref.substring(ref.indexOf(':') + 1).replaceAll("[^0-9]", "");
                        if (!last.isEmpty() && last.length() < 8) {
                            run(() -> handler.lastRow(Integer.parseInt(last)));
                        }
                    }
                }
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r != null && r.matches("\\d{1,7}") ? Integer.parseInt(r) : rowNumber + 1;
                    cells.clear();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref != null ? columnOf(ref, column + 1) : column + 1;
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s != null && s.matches("\\d{1,6}") ? Integer.parseInt(s) : 0;
                    value.setLength(0);
                }
                case "rPh" -> inPhonetic = true;
                case "v" -> collecting = true;
                case "t" -> collecting = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    SheetCell cell = cell();
                    if (cell != null) {
                        cells.add(cell);
                    }
                }
                case "row" -> {
                    if (!cells.isEmpty()) {
                        List<SheetCell> row = List.copyOf(cells);
                        boolean more = call(() -> handler.row(rowNumber, row));
                        if (!more) {
                            throw new Stop();
                        }
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting && value.length() < MAX_CELL_TEXT + 1) {
                value.append(ch, start, Math.min(length, MAX_CELL_TEXT + 1 - value.length()));
            }
        }

        private @Nullable SheetCell cell() {
            String raw = value.toString();
            if ("e".equals(type)) {
                return SheetCell.ofError(column, raw);
            }
            if ("s".equals(type)) {
                int index;
                try {
                    index = Integer.parseInt(raw.strip());
                } catch (NumberFormatException e) {
                    return null;
                }
                if (index < 0 || index >= strings.getUniqueCount()) {
                    return null;
                }
                return textCell(strings.getItemAt(index).getString());
            }
            if ("inlineStr".equals(type) || "str".equals(type)) {
                return textCell(raw);
            }
            if ("b".equals(type)) {
                return textCell("1".equals(raw.strip()) ? "TRUE" : "FALSE");
            }
            if (raw.isBlank()) {
                return null;
            }
            if ("d".equals(type)) {
                try {
                    return SheetCell.ofNumber(column, BigDecimal.ZERO, LocalDate.parse(raw.strip().substring(0, Math.min(10, raw.strip().length()))));
                } catch (RuntimeException e) {
                    return textCell(raw);
                }
            }
            BigDecimal number;
            try {
                number = new BigDecimal(raw.strip());
            } catch (NumberFormatException e) {
                return textCell(raw);
            }
            LocalDate date = null;
            if (isDateStyle(style) && number.abs().compareTo(BigDecimal.valueOf(3_000_000)) < 0
                    && DateUtil.isValidExcelDate(number.doubleValue())) {
                date = DateUtil.getLocalDateTime(number.doubleValue(), date1904).toLocalDate();
            }
            return SheetCell.ofNumber(column, number, date);
        }

        private @Nullable SheetCell textCell(@Nullable String text) {
            return text == null || text.isBlank() ? null : SheetCell.ofText(column, text);
        }

        private boolean isDateStyle(int index) {
            return dateStyles.computeIfAbsent(index, i -> {
                if (i >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }

        private static int columnOf(String ref, int fallback) {
            int col = 0;
            int letters = 0;
            for (char ch : ref.toCharArray()) {
                if (ch >= 'A' && ch <= 'Z') {
                    col = col * 26 + (ch - 'A' + 1);
                    letters++;
                } else {
                    break;
                }
            }
            return letters == 0 || letters > 3 ? fallback : col - 1;
        }

        private interface Call<T> {
            T call();
        }

        private static <T> T call(Call<T> call) throws HandlerFailed {
            try {
                return call.call();
            } catch (RuntimeException e) {
                throw new HandlerFailed(e);
            }
        }

        private static void run(Runnable run) throws HandlerFailed {
            call(() -> {
                run.run();
                return null;
            });
        }
    }
}
