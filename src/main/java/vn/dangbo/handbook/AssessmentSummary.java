package vn.dangbo.handbook;

import java.util.List;

/**
 * A cell's (or the organization's) self-assessments for a year: per manifestation how many see it
 * in themselves, and who has not submitted yet. Names only, never what a member answered.
 */
public record AssessmentSummary(int year, String scopeName, List<Count> counts, int submitted, int expected,
                                List<PendingMember> notSubmitted) {

    public record Count(ManifestationView manifestation, long some, long clearly) {
    }

    public int percentSubmitted() {
        return expected == 0 ? 100 : (int) Math.round(100.0 * submitted / expected);
    }
}
