package vn.dangbo.rating.rules;

/** The four quality levels, for members and organizations alike (R1), best first. */
public enum Level {
    EXCELLENT("hoàn thành xuất sắc nhiệm vụ"),
    GOOD("hoàn thành tốt nhiệm vụ"),
    COMPLETED("hoàn thành nhiệm vụ"),
    NOT_COMPLETED("không hoàn thành nhiệm vụ");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The Vietnamese name in lower case, as it reads inside a sentence. */
    public String label() {
        return label;
    }

    public boolean isAbove(Level other) {
        return ordinal() < other.ordinal();
    }

    public boolean isAtLeast(Level other) {
        return ordinal() <= other.ordinal();
    }

    /** This level, or the cap when this one is above it. */
    public Level atMost(Level cap) {
        return isAbove(cap) ? cap : this;
    }
}
