package vn.dangbo.members;

import vn.dangbo.shared.VietnameseText;

/**
 * The columns of the member workbook, in the order of the template and the export. The titles are
 * the file format, so they stay Vietnamese whatever language the page is in; a header matches on
 * the words before the hint in brackets, so "Ngày sinh" is as good as "Ngày sinh (dd/MM/yyyy)".
 */
enum MemberColumn {
    FULL_NAME("Họ và tên", "fullName", true, 28, "Nguyễn Văn An"),
    BIRTH_DATE("Ngày sinh (dd/MM/yyyy)", "birthDate", true, 14, "05/03/1985"),
    GENDER("Giới tính (Nam/Nữ)", "gender", true, 11, "Nam"),
    ETHNICITY("Dân tộc", "ethnicity", true, 10, "Kinh"),
    RELIGION("Tôn giáo", "religion", true, 10, "Không"),
    HOMETOWN("Quê quán", "hometown", true, 22, "Nam Định"),
    CITIZEN_ID("Số CCCD", "citizenId", true, 15, "036085012345"),
    CARD_NUMBER("Số thẻ đảng", "partyCardNumber", false, 13, "20123456"),
    PHONE("Điện thoại", "phone", false, 13, "0912345678"),
    CELL("Chi bộ", "cellId", true, 34, ""),
    EDUCATION("Trình độ chuyên môn", "education", true, 18, "Đại học"),
    POLITICAL_THEORY("Lý luận chính trị", "politicalTheory", true, 16, "Trung cấp"),
    JOB("Nghề nghiệp/chức vụ", "job", true, 24, "Chuyên viên"),
    ADMITTED_ON("Ngày vào Đảng (dd/MM/yyyy)", "admittedOn", true, 14, "19/05/2010"),
    OFFICIAL_ON("Ngày chính thức (dd/MM/yyyy)", "officialOn", false, 14, "19/05/2011"),
    KIND("Loại đảng viên (Chính thức/Dự bị)", "kind", false, 16, "Chính thức"),
    // Last, so that files made from the template before it existed still read column by column.
    EMAIL("E-mail", "email", false, 28, "an.nguyen@example.vn");

    private final String title;
    private final String field;
    private final boolean required;
    private final int width;
    private final String example;

    MemberColumn(String title, String field, boolean required, int width, String example) {
        this.title = title;
        this.field = field;
        this.required = required;
        this.width = width;
        this.example = example;
    }

    String title() {
        return title;
    }

    /** The title without its hint: what a problem report names. */
    String shortTitle() {
        int bracket = title.indexOf(" (");
        return bracket < 0 ? title : title.substring(0, bracket);
    }

    /** The {@link MemberData} field whose problems belong to this column. */
    String field() {
        return field;
    }

    boolean required() {
        return required;
    }

    int width() {
        return width;
    }

    String example() {
        return example;
    }

    boolean isDate() {
        return this == BIRTH_DATE || this == ADMITTED_ON || this == OFFICIAL_ON;
    }

    /** Header text in the form it is compared in: folded, without the hint, single spaces. */
    static String headerKey(String header) {
        String folded = VietnameseText.fold(header);
        int bracket = folded.indexOf('(');
        return (bracket < 0 ? folded : folded.substring(0, bracket)).replaceAll("[^a-z0-9]+", " ").strip();
    }

    String headerKey() {
        return headerKey(title);
    }
}
