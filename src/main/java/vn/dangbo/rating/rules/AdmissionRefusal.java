package vn.dangbo.rating.rules;

/** Why a step of the party development pipeline is refused: the rule's number and a Vietnamese sentence naming it. */
public record AdmissionRefusal(String rule, String message) {
}
