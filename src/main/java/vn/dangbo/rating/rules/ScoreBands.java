package vn.dangbo.rating.rules;

/** The 100-point frame and the lowest total for each level (R2, R3). */
public record ScoreBands(int generalMax, int tasksMax, int excellentFrom, int goodFrom, int completedFrom) {

    public ScoreBands {
        if (generalMax < 0 || tasksMax < 0 || completedFrom <= 0 || goodFrom <= completedFrom
                || excellentFrom <= goodFrom || excellentFrom > generalMax + tasksMax) {
            throw new IllegalArgumentException("Bands must rise within the frame: " + completedFrom + " < "
                    + goodFrom + " < " + excellentFrom + " <= " + (generalMax + tasksMax));
        }
    }

    /** 30 + 70 points; 90, 70 and 50 as the lowest totals for the three upper levels. */
    public static ScoreBands standard() {
        return new ScoreBands(30, 70, 90, 70, 50);
    }

    public int frame() {
        return generalMax + tasksMax;
    }

    public Level levelFor(int total) {
        if (total >= excellentFrom) {
            return Level.EXCELLENT;
        }
        if (total >= goodFrom) {
            return Level.GOOD;
        }
        return total >= completedFrom ? Level.COMPLETED : Level.NOT_COMPLETED;
    }

    void check(Score score) {
        if (score.general() > generalMax || score.tasks() > tasksMax) {
            throw new IllegalArgumentException("Score " + score.general() + " + " + score.tasks()
                    + " exceeds the frame " + generalMax + " + " + tasksMax);
        }
    }

    /** The band in words, e.g. "từ 70 đến dưới 90 điểm". */
    String describe(Level level) {
        return switch (level) {
            case EXCELLENT -> "từ " + excellentFrom + " điểm";
            case GOOD -> "từ " + goodFrom + " đến dưới " + excellentFrom + " điểm";
            case COMPLETED -> "từ " + completedFrom + " đến dưới " + goodFrom + " điểm";
            case NOT_COMPLETED -> "dưới " + completedFrom + " điểm";
        };
    }
}
