package vn.dangbo.rating.rules;

/** A collective's tasks in the year: how many, how many exceeded, how many late (R3). */
public record Tasks(int total, int exceeded, int late) {

    public Tasks {
        if (total < 0 || exceeded < 0 || late < 0 || exceeded + late > total) {
            throw new IllegalArgumentException("Tasks must add up: " + exceeded + " exceeded + " + late
                    + " late of " + total);
        }
    }

    public static Tasks allOnTime(int total, int exceeded) {
        return new Tasks(total, exceeded, 0);
    }
}
