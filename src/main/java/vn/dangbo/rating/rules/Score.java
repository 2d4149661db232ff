package vn.dangbo.rating.rules;

/**
 * Points on the 100-point frame (R2): general criteria (politics, ethics, example-setting,
 * self-criticism) plus task results. The frame's maxima are checked against the policy.
 */
public record Score(int general, int tasks) {

    public Score {
        if (general < 0 || tasks < 0) {
            throw new IllegalArgumentException("Points cannot be negative: " + general + " + " + tasks);
        }
    }

    public int total() {
        return general + tasks;
    }

    /** A score with the task part raised (or lowered) by the given points. */
    public Score plusTasks(int points) {
        return new Score(general, tasks + points);
    }
}
