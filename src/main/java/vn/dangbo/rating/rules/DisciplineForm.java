package vn.dangbo.rating.rules;

/** Disciplinary forms for members, mildest first (R32). */
public enum DisciplineForm {
    REPRIMAND("khiển trách"),
    WARNING("cảnh cáo"),
    REMOVAL_FROM_OFFICE("cách chức"),
    EXPULSION("khai trừ");

    private final String label;

    DisciplineForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
