package vn.dangbo.handbook;

import java.time.Instant;
import java.util.Map;

/** A submitted self-assessment; answers by manifestation code. */
public record AssessmentView(int year, Instant submittedAt, Map<String, AnswerInput> answers) {
}
