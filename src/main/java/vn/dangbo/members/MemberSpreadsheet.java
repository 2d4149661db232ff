package vn.dangbo.members;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.SheetCell;
import vn.dangbo.shared.Spreadsheets;
import vn.dangbo.shared.VietnameseText;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.HashSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The member workbook: one sheet, one member a row, the columns of {@link MemberColumn}. Writes the
 * template and the export, and reads an upload into member data plus every problem, each with its
 * row, column and reason. Plain Java: the caller supplies the labels, the active cells and today.
 */
final class MemberSpreadsheet {

    static final int MAX_ROWS = 200_000;
    static final String MEMBERS_SHEET = "Đảng viên";
    static final String GUIDE_SHEET = "Hướng dẫn";
    static final String LISTS_SHEET = "Danh mục";
    /** A title row or two above the header is common in Vietnamese lists; look a little further down. */
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Told how far reading has got, for the progress bar. */
    interface Progress {
        Progress NONE = new Progress() {
        };

        /** The sheet says it has about this many rows below the header. */
        default void expect(int rows) {
        }

        default void checked(int rows) {
        }

        /** Numbers compared with the members on record so far, of all to compare. */
        default void compared(int done, int total) {
        }
    }

    /** Which citizen ids and card numbers are already on record. */
    interface Taken {
        Taken NONE = new Taken() {
            @Override
            public List<String> citizenIds(List<String> ids) {
                return List.of();
            }

            @Override
            public List<String> cardNumbers(List<String> cards) {
                return List.of();
            }
        };

        List<String> citizenIds(List<String> ids);

        List<String> cardNumbers(List<String> cards);
    }

    /** The rows read (valid or not, with their Excel row numbers) and what is wrong with them. */
    record Reading(List<MemberData> members, List<Integer> rowNumbers, ImportProblems problems, List<String> ignoredColumns) {
    }

    private final Function<Enum<?>, String> labels;
    private final List<OrganizationUnit> cells;
    private final LocalDate today;
    private final Map<String, Long> cellsByKey = new HashMap<>();
    private final Map<Enum<?>, String> choiceKeys = new HashMap<>();

    /**
     * @param labels      the Vietnamese label of each enum value ("Nữ" for {@code Gender.FEMALE})
     * @param activeCells the cells a member may be imported into
     */
    MemberSpreadsheet(Function<Enum<?>, String> labels, List<OrganizationUnit> activeCells, LocalDate today) {
        this.labels = labels;
        this.cells = List.copyOf(activeCells);
        this.today = today;
        for (OrganizationUnit cell : cells) {
            cellsByKey.putIfAbsent(key(cell.name()), cell.id());
        }
        for (Enum<?>[] values : List.<Enum<?>[]>of(Gender.values(), Education.values(), PoliticalTheory.values(), MembershipKind.values())) {
            for (Enum<?> value : values) {
                choiceKeys.put(value, key(labels.apply(value)));
            }
        }
    }

    /** Enum labels as the Vietnamese bundle has them: {@code Gender.FEMALE=Nữ}. */
    static Function<Enum<?>, String> labels(MessageSource messages) {
        Locale vietnamese = Locale.forLanguageTag("vi");
        return value -> messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null, value.name(), vietnamese);
    }

    // ---- writing

    void writeTemplate(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Spreadsheets.Styles styles = Spreadsheets.styles(workbook);
            Sheet sheet = workbook.createSheet(MEMBERS_SHEET);
            Spreadsheets.header(sheet, styles, titles(), widths());
            for (MemberColumn column : MemberColumn.values()) {
                // typed dates land as date cells and typed numbers keep their leading zeros
                if (column.isDate()) {
                    sheet.setDefaultColumnStyle(column.ordinal(), styles.date());
                } else if (column == MemberColumn.CITIZEN_ID || column == MemberColumn.CARD_NUMBER || column == MemberColumn.PHONE) {
                    sheet.setDefaultColumnStyle(column.ordinal(), styles.text());
                }
            }
            writeGuide(workbook.createSheet(GUIDE_SHEET), styles);
            writeChoices(workbook, sheet, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    /** The list as it is, in the template's columns, so an export can be imported elsewhere. */
    void writeMembers(List<MemberView> members, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            Spreadsheets.Styles styles = Spreadsheets.styles(workbook);
            Sheet sheet = workbook.createSheet(MEMBERS_SHEET);
            Spreadsheets.header(sheet, styles, titles(), widths());
            int r = 1;
            for (MemberView member : members) {
                Row row = sheet.createRow(r++);
                for (MemberColumn column : MemberColumn.values()) {
                    Object value = valueOf(column, member);
                    if (value instanceof LocalDate date) {
                        Spreadsheets.date(row, column.ordinal(), date, styles);
                    } else {
                        Spreadsheets.text(row, column.ordinal(), (String) value, styles);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private @Nullable Object valueOf(MemberColumn column, MemberView m) {
        return switch (column) {
            case FULL_NAME -> m.fullName();
            case BIRTH_DATE -> m.birthDate();
            case GENDER -> labels.apply(m.gender());
            case ETHNICITY -> m.ethnicity();
            case RELIGION -> m.religion();
            case HOMETOWN -> m.hometown();
            case CITIZEN_ID -> m.citizenId();
            case CARD_NUMBER -> m.partyCardNumber();
            case PHONE -> m.phone();
            case CELL -> m.cellName();
            case EDUCATION -> labels.apply(m.education());
            case POLITICAL_THEORY -> labels.apply(m.politicalTheory());
            case JOB -> m.job();
            case ADMITTED_ON -> m.admittedOn();
            case OFFICIAL_ON -> m.officialOn();
            case KIND -> labels.apply(m.kind());
            case EMAIL -> m.email();
        };
    }

    private static List<String> titles() {
        return Arrays.stream(MemberColumn.values()).map(MemberColumn::title).toList();
    }

    private static int[] widths() {
        return Arrays.stream(MemberColumn.values()).mapToInt(MemberColumn::width).toArray();
    }

    private void writeGuide(Sheet guide, Spreadsheets.Styles styles) {
        List<String> lines = List.of(
                "HƯỚNG DẪN NHẬP DANH SÁCH ĐẢNG VIÊN",
                "1. Ghi mỗi đảng viên một dòng ở trang \"" + MEMBERS_SHEET + "\", từ dòng 2; giữ nguyên dòng tiêu đề.",
                "2. Ngày ghi dạng dd/MM/yyyy (ví dụ 05/03/1985) hoặc nhập ô kiểu ngày.",
                "3. Số CCCD gồm đúng 12 chữ số; cột Số CCCD đã định dạng Văn bản để giữ số 0 ở đầu.",
                "4. Giới tính, Chi bộ, Trình độ chuyên môn, Lý luận chính trị, Loại đảng viên: chọn trong danh sách thả xuống.",
                "5. Loại đảng viên để trống: có ngày chính thức là đảng viên chính thức, không có là đảng viên dự bị.",
                "6. Hệ thống kiểm tra mọi dòng trước khi lưu. Chỉ cần một dòng sai, hoặc một số CCCD, số thẻ đảng bị trùng "
                        + "(trong tệp hay với danh sách hiện có), thì không dòng nào được lưu; sửa theo danh sách lỗi rồi tải lên lại.",
                "7. Mỗi tệp tối đa " + thousands(MAX_ROWS) + " dòng và 20 MB.");
        int r = 0;
        for (String line : lines) {
            Row row = guide.createRow(r++);
            Spreadsheets.text(row, 0, line, styles);
        }
        row(guide, r++, styles, "");
        Row head = guide.createRow(r++);
        List<String> heads = List.of("Cột", "Bắt buộc", "Ví dụ");
        for (int c = 0; c < heads.size(); c++) {
            head.createCell(c).setCellValue(heads.get(c));
            head.getCell(c).setCellStyle(styles.header());
        }
        for (MemberColumn column : MemberColumn.values()) {
            row(guide, r++, styles, column.title(), column.required() ? "Có" : "Không", example(column));
        }
        guide.setColumnWidth(0, 40 * 256);
        guide.setColumnWidth(1, 12 * 256);
        guide.setColumnWidth(2, 40 * 256);
    }

    private String example(MemberColumn column) {
        if (column == MemberColumn.CELL) {
            return cells.isEmpty() ? "" : cells.getFirst().name();
        }
        return column.example();
    }

    private static void row(Sheet sheet, int r, Spreadsheets.Styles styles, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            Spreadsheets.text(row, c, values[c], styles);
        }
    }

    /** Drop-downs read their choices from a hidden sheet: a typed list may not pass 255 characters. */
    private void writeChoices(Workbook workbook, Sheet members, Spreadsheets.Styles styles) {
        Map<MemberColumn, List<String>> choices = new LinkedHashMap<>();
        choices.put(MemberColumn.GENDER, labelsOf(Gender.values()));
        choices.put(MemberColumn.CELL, cells.stream().map(OrganizationUnit::name).toList());
        choices.put(MemberColumn.EDUCATION, labelsOf(Education.values()));
        choices.put(MemberColumn.POLITICAL_THEORY, labelsOf(PoliticalTheory.values()));
        choices.put(MemberColumn.KIND, labelsOf(MembershipKind.values()));
        Sheet lists = workbook.createSheet(LISTS_SHEET);
        DataValidationHelper helper = members.getDataValidationHelper();
        int c = 0;
        for (Map.Entry<MemberColumn, List<String>> entry : choices.entrySet()) {
            List<String> values = entry.getValue();
            Row head = lists.getRow(0) == null ? lists.createRow(0) : lists.getRow(0);
            Spreadsheets.text(head, c, entry.getKey().shortTitle(), styles);
            for (int i = 0; i < values.size(); i++) {
                Row row = lists.getRow(i + 1) == null ? lists.createRow(i + 1) : lists.getRow(i + 1);
                Spreadsheets.text(row, c, values.get(i), styles);
            }
            lists.setColumnWidth(c, 40 * 256);
            if (!values.isEmpty()) {
                String letter = SheetCell.columnName(c);
                Name name = workbook.createName();
                name.setNameName("DS_" + entry.getKey().name());
                name.setRefersToFormula("'" + LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1));
                int col = entry.getKey().ordinal();
                DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(name.getNameName()),
                        new CellRangeAddressList(1, MAX_ROWS, col, col));
                validation.setShowErrorBox(true);
                validation.createErrorBox("Giá trị không có trong danh sách", "Chọn một giá trị trong danh sách thả xuống.");
                validation.setSuppressDropDownArrow(true);
                members.addValidationData(validation);
            }
            c++;
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
    }

    private List<String> labelsOf(Enum<?>[] values) {
        return Arrays.stream(values).map(labels).toList();
    }

    // ---- reading

    /**
     * Reads the first sheet of an upload and compares its numbers with those on record; a file that
     * is no workbook throws {@code SpreadsheetException}.
     */
    Reading read(Path file, Taken taken, Progress progress) {
        RowReader reader = new RowReader(progress);
        Spreadsheets.readFirstSheet(file, reader);
        Reading reading = reader.finish();
        if (!reading.problems().hasFileProblem()) {
            reader.compareWithRecords(taken);
        }
        return reading;
    }

    /** Reads rows already split into cells; {@link #read} streams them here from the file. */
    final class RowReader implements Spreadsheets.RowHandler {

        private final Progress progress;
        private final ImportProblems problems = new ImportProblems();
        private final List<MemberData> members = new ArrayList<>();
        private final List<Integer> rowNumbers = new ArrayList<>();
        private final Map<String, Integer> citizenIdRows = new HashMap<>();
        private final Map<String, Integer> cardRows = new HashMap<>();
        private final List<String> ignored = new ArrayList<>();
        private final Set<Integer> columnsWithoutTitle = new TreeSet<>();
        private final Set<Integer> titledColumns = new HashSet<>();
        private @Nullable Map<Integer, MemberColumn> header;
        private final Map<MemberColumn, Integer> columnIndex = new EnumMap<>(MemberColumn.class);
        private int headerRow;
        private int rowsBeforeHeader;
        private int dataRows;

        RowReader(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void lastRow(int excelRow) {
            progress.expect(Math.max(0, excelRow - 1));
        }

        @Override
        public boolean row(int excelRow, List<SheetCell> cells) {
            if (header == null) {
                return findHeader(excelRow, cells);
            }
            if (++dataRows > MAX_ROWS) {
                problems.add(ImportProblem.ofFile("Tệp có hơn " + thousands(MAX_ROWS)
                        + " dòng dữ liệu, quá giới hạn của một lần nhập. Hãy chia thành nhiều tệp nhỏ hơn."));
                return false;
            }
            Map<MemberColumn, SheetCell> values = new EnumMap<>(MemberColumn.class);
            for (SheetCell cell : cells) {
                MemberColumn column = header.get(cell.column());
                if (column != null) {
                    values.put(column, cell);
                } else if (cell.column() < 1_000) {
                    columnsWithoutTitle.add(cell.column());
                }
            }
            new RowConverter(excelRow, values).convert();
            progress.checked(dataRows);
            return true;
        }

        Reading finish() {
            if (header == null) {
                problems.add(ImportProblem.ofFile(rowsBeforeHeader == 0
                        ? "Trang tính đầu tiên của tệp trống. Hãy ghi danh sách vào tệp mẫu."
                        : "Không thấy dòng tiêu đề (có cột \"Họ và tên\") trong " + HEADER_SEARCH_ROWS
                        + " dòng đầu của trang tính đầu tiên. Hãy dùng tệp mẫu."));
            } else if (dataRows == 0 && problems.isEmpty()) {
                problems.add(ImportProblem.ofFile("Tệp chưa có dòng dữ liệu nào dưới dòng tiêu đề (dòng " + headerRow + ")."));
            }
            for (int column : columnsWithoutTitle) {
                if (!titledColumns.contains(column)) {
                    ignored.add(SheetCell.columnName(column) + " (không có tiêu đề)");
                }
            }
            return new Reading(members, rowNumbers, problems, ignored);
        }

        /** Only the first row of a number is compared: a later one already says it repeats that row. */
        void compareWithRecords(Taken taken) {
            int total = citizenIdRows.size() + cardRows.size();
            progress.compared(0, total);
            Set<String> takenIds = new HashSet<>(inChunks(List.copyOf(citizenIdRows.keySet()), taken::citizenIds, 0, total));
            Set<String> takenCards = new HashSet<>(inChunks(List.copyOf(cardRows.keySet()), taken::cardNumbers, citizenIdRows.size(), total));
            citizenIdRows.forEach((id, row) -> {
                if (takenIds.contains(id)) {
                    problems.add(problem(row, MemberColumn.CITIZEN_ID, "Số CCCD " + id + " đã có trong danh sách đảng viên."));
                }
            });
            cardRows.forEach((card, row) -> {
                if (takenCards.contains(card)) {
                    problems.add(problem(row, MemberColumn.CARD_NUMBER, "Số thẻ đảng " + card + " đã có trong danh sách đảng viên."));
                }
            });
        }

        private List<String> inChunks(List<String> values, Function<List<String>, List<String>> query, int doneBefore, int total) {
            List<String> found = new ArrayList<>();
            for (int from = 0; from < values.size(); from += 1_000) {
                int to = Math.min(values.size(), from + 1_000);
                found.addAll(query.apply(values.subList(from, to)));
                progress.compared(doneBefore + to, total);
            }
            return found;
        }

        private ImportProblem problem(int row, MemberColumn column, String reason) {
            Integer index = columnIndex.get(column);
            return new ImportProblem(row, index == null ? "" : SheetCell.columnName(index), column.shortTitle(), reason);
        }

        private boolean findHeader(int excelRow, List<SheetCell> cells) {
            boolean isHeader = cells.stream().anyMatch(c -> MemberColumn.headerKey(c.shown()).equals(MemberColumn.FULL_NAME.headerKey()));
            if (!isHeader) {
                return ++rowsBeforeHeader < HEADER_SEARCH_ROWS;
            }
            headerRow = excelRow;
            Map<String, MemberColumn> known = Arrays.stream(MemberColumn.values())
                    .collect(Collectors.toMap(MemberColumn::headerKey, c -> c));
            Map<Integer, MemberColumn> found = new HashMap<>();
            for (SheetCell cell : cells) {
                titledColumns.add(cell.column());
                MemberColumn column = known.get(MemberColumn.headerKey(cell.shown()));
                if (column == null) {
                    ignored.add(SheetCell.columnName(cell.column()) + " \"" + shorten(cell.shown()) + "\"");
                } else if (columnIndex.containsKey(column)) {
                    problems.add(new ImportProblem(excelRow, SheetCell.columnName(cell.column()), column.shortTitle(),
                            "Cột \"" + column.shortTitle() + "\" có hai lần (cột " + SheetCell.columnName(columnIndex.get(column))
                                    + " và cột " + SheetCell.columnName(cell.column()) + ")."));
                } else {
                    columnIndex.put(column, cell.column());
                    found.put(cell.column(), column);
                }
            }
            List<String> missing = Arrays.stream(MemberColumn.values())
                    .filter(c -> c.required() && !columnIndex.containsKey(c)).map(c -> "\"" + c.shortTitle() + "\"").toList();
            if (!missing.isEmpty()) {
                problems.add(new ImportProblem(excelRow, "", "", "Dòng tiêu đề thiếu cột " + String.join(", ", missing)
                        + ". Hãy dùng tệp mẫu, giữ nguyên tên các cột."));
            }
            header = found;
            return problems.isEmpty();
        }

        /** One data row: each cell read by its column's rules, then the member rules of {@link MemberData}. */
        private final class RowConverter {

            private final int row;
            private final Map<MemberColumn, SheetCell> values;
            private final Set<MemberColumn> flagged = EnumSet.noneOf(MemberColumn.class);

            RowConverter(int row, Map<MemberColumn, SheetCell> values) {
                this.row = row;
                this.values = values;
            }

            void convert() {
                LocalDate officialOn = date(MemberColumn.OFFICIAL_ON);
                MembershipKind kind = choice(MemberColumn.KIND, MembershipKind.values());
                if (kind == null && !flagged.contains(MemberColumn.KIND)) {
                    kind = officialOn == null ? MembershipKind.PROBATIONARY : MembershipKind.OFFICIAL;
                }
                MemberData data = new MemberData(text(MemberColumn.FULL_NAME), date(MemberColumn.BIRTH_DATE),
                        choice(MemberColumn.GENDER, Gender.values()), text(MemberColumn.ETHNICITY), text(MemberColumn.RELIGION),
                        text(MemberColumn.HOMETOWN), citizenId(), digitsOrText(MemberColumn.CARD_NUMBER, 0), digitsOrText(MemberColumn.PHONE, 10),
                        cell(), choice(MemberColumn.EDUCATION, Education.values()),
                        choice(MemberColumn.POLITICAL_THEORY, PoliticalTheory.values()), text(MemberColumn.JOB),
                        date(MemberColumn.ADMITTED_ON), officialOn, kind, text(MemberColumn.EMAIL));
                for (MemberData.Problem problem : data.problems(today)) {
                    MemberColumn column = byField(problem.field());
                    if (!flagged.contains(column)) {
                        flag(column, problem.message());
                    }
                }
                checkUnique(MemberColumn.CITIZEN_ID, data.citizenId().matches("\\d{12}") ? data.citizenId() : null, citizenIdRows, "Số CCCD");
                checkUnique(MemberColumn.CARD_NUMBER, flagged.contains(MemberColumn.CARD_NUMBER) ? null : data.partyCardNumber(), cardRows, "Số thẻ đảng");
                members.add(data);
                rowNumbers.add(row);
            }

            private void checkUnique(MemberColumn column, @Nullable String value, Map<String, Integer> seen, String label) {
                if (value == null) {
                    return;
                }
                Integer first = seen.putIfAbsent(value, row);
                if (first != null) {
                    flag(column, label + " " + value + " trùng với dòng " + first + " của tệp.");
                }
            }

            private void flag(MemberColumn column, String reason) {
                flagged.add(column);
                problems.add(problem(row, column, reason));
            }

            private @Nullable SheetCell value(MemberColumn column) {
                SheetCell cell = values.get(column);
                if (cell != null && cell.isError()) {
                    flag(column, "Ô đang báo lỗi " + shorten(cell.shown()) + "; hãy ghi giá trị thay cho công thức.");
                    return null;
                }
                return cell;
            }

            private String text(MemberColumn column) {
                SheetCell cell = value(column);
                return cell == null ? "" : cell.shown();
            }

            private @Nullable LocalDate date(MemberColumn column) {
                SheetCell cell = value(column);
                if (cell == null) {
                    return null;
                }
                if (cell.date() != null) {
                    return cell.date();
                }
                if (cell.isNumber()) {
                    flag(column, "Ô là số " + cell.shown() + ", không phải ngày. Hãy ghi ngày dạng dd/MM/yyyy (ví dụ 05/03/1985).");
                    return null;
                }
                LocalDate date = parseDate(cell.shown());
                if (date == null) {
                    flag(column, "\"" + shorten(cell.shown()) + "\" không phải ngày dạng dd/MM/yyyy (ví dụ 05/03/1985).");
                }
                return date;
            }

            /**
             * Excel stores a number typed into a General cell without its leading zeros; citizen ids
             * start with a province code 001–096, so 10 or 11 digits is an id that lost them.
             */
            private String citizenId() {
                SheetCell cell = value(MemberColumn.CITIZEN_ID);
                if (cell == null) {
                    return "";
                }
                if (!cell.isNumber()) {
                    return cell.shown().replace(" ", "");
                }
                BigDecimal number = cell.number();
                if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
                    flag(MemberColumn.CITIZEN_ID, "Số CCCD phải gồm đúng 12 chữ số.");
                    return "";
                }
                String digits = number.toBigInteger().toString();
                if (digits.length() == 10 || digits.length() == 11) {
                    return "0".repeat(12 - digits.length()) + digits;
                }
                if (digits.length() != 12) {
                    flag(MemberColumn.CITIZEN_ID, "Số CCCD " + digits + " (ô dạng số) có " + digits.length()
                            + " chữ số. Hãy định dạng cột Số CCCD là Văn bản (Text) và ghi đủ 12 chữ số.");
                    return "";
                }
                return digits;
            }

            /** A card or phone number typed as a number: its digits; a phone that lost its 0 gets it back. */
            private @Nullable String digitsOrText(MemberColumn column, int usualLength) {
                SheetCell cell = value(column);
                if (cell == null) {
                    return null;
                }
                if (!cell.isNumber() || cell.number().signum() < 0 || cell.number().stripTrailingZeros().scale() > 0) {
                    return cell.shown();
                }
                String digits = cell.number().toBigInteger().toString();
                return usualLength > 0 && digits.length() == usualLength - 1 ? "0" + digits : digits;
            }

            private <E extends Enum<E>> @Nullable E choice(MemberColumn column, E[] choices) {
                SheetCell cell = value(column);
                if (cell == null) {
                    return null;
                }
                String typed = key(cell.shown());
                for (E choice : choices) {
                    if (choiceKeys.get(choice).equals(typed) || choice.name().equalsIgnoreCase(cell.shown().strip())) {
                        return choice;
                    }
                }
                flag(column, "\"" + shorten(cell.shown()) + "\" không có trong danh sách; chọn một trong: "
                        + Arrays.stream(choices).map(labels).collect(Collectors.joining(", ")) + ".");
                return null;
            }

            private @Nullable Long cell() {
                SheetCell cell = value(MemberColumn.CELL);
                if (cell == null) {
                    return null;
                }
                Long id = cellsByKey.get(key(cell.shown()));
                if (id == null) {
                    flag(MemberColumn.CELL, "Không có chi bộ đang hoạt động tên \"" + shorten(cell.shown())
                            + "\"; chọn tên chi bộ trong danh sách thả xuống của tệp mẫu.");
                }
                return id;
            }
        }
    }

    static @Nullable LocalDate parseDate(String text) {
        String typed = text.strip();
        try {
            return LocalDate.parse(typed, TYPED_DATE);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(typed);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static MemberColumn byField(String field) {
        for (MemberColumn column : MemberColumn.values()) {
            if (column.field().equals(field)) {
                return column;
            }
        }
        throw new IllegalArgumentException("no column for " + field);
    }

    /** Labels and names compared without case, diacritics or punctuation: "Chi bộ 1 - Văn phòng" is "Chi bộ 1 – Văn phòng". */
    private static String key(String text) {
        return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Echoes a cell in a message: short, one line, no control characters (the page escapes the rest). */
    static String shorten(String text) {
        String clean = VietnameseText.clean(text.replaceAll("\\p{Cntrl}", " "));
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }

    private static String thousands(int n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
