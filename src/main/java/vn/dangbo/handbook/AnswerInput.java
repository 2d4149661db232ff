package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;

/** One manifestation's answer as typed: a degree, a note and, where the manifestation is present, a remedy. */
public record AnswerInput(String code, @Nullable Degree degree, @Nullable String note, @Nullable String remedy) {
}
