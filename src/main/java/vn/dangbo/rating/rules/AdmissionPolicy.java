package vn.dangbo.rating.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The numbers of the party development rules (party-work.md R28–R31). Those the domain notes mark
 * as uncertain come from configuration; {@link #standard()} holds the defaults.
 *
 * @param minimumAge              full years at the cell's vote, counted in months (R28 [S])
 * @param maximumAge              full years at the cell's vote above which the cell may not admit; 0 = no limit (R28, QĐ 294 [V])
 * @param courseValidMonths       how long the awareness course certificate stays valid at the vote; 0 = always (R28 [M])
 * @param introducersRequired     introducers a prospect needs (R29 [M]: two)
 * @param introducerKnownMonths   months the introducer has worked or lived with the prospect (R29 [S]: 12)
 * @param introducerSameCell      whether the introducer must belong to the prospect's cell (R29 "same unit", read as the cell [V])
 * @param introducerOfficialMonths months an introducer must have been official; 0 = any official member ([V])
 * @param approvalNumerator       with the denominator, the share of official members in favour a vote needs (R30 [S]: 2/3)
 * @param approvalDenominator     see above
 * @param cellVoteAttempts        failed cell votes after which the case goes to the upper committee (R30 [S]: 3)
 * @param ceremonyWorkingDays     working days from the committee's decision to the admission ceremony (R30 [S]: 30)
 * @param probationMonths         months of probation from the ceremony (R31 [S]: 12)
 * @param recognitionWorkingDays  working days after probation within which the cell votes on recognition (R31 [S]: 30)
 * @param warningDays             days before a deadline from which the pipeline warns
 * @param holidays                days off besides Saturdays and Sundays, for counting working days
 */
public record AdmissionPolicy(int minimumAge, int maximumAge, int courseValidMonths, int introducersRequired,
                              int introducerKnownMonths, boolean introducerSameCell, int introducerOfficialMonths,
                              int approvalNumerator, int approvalDenominator, int cellVoteAttempts,
                              int ceremonyWorkingDays, int probationMonths, int recognitionWorkingDays,
                              int warningDays, Set<LocalDate> holidays) {

    public AdmissionPolicy {
        Objects.requireNonNull(holidays, "holidays");
        holidays = Set.copyOf(holidays);
        if (minimumAge < 1 || maximumAge < 0 || (maximumAge > 0 && maximumAge < minimumAge) || courseValidMonths < 0
                || introducersRequired < 1 || introducerKnownMonths < 0 || introducerOfficialMonths < 0
                || approvalNumerator < 1 || approvalDenominator < approvalNumerator || cellVoteAttempts < 1
                || ceremonyWorkingDays < 1 || probationMonths < 1 || recognitionWorkingDays < 1 || warningDays < 0) {
            throw new IllegalArgumentException("Admission policy numbers out of range");
        }
    }

    public static AdmissionPolicy standard() {
        return new AdmissionPolicy(18, 60, 60, 2, 12, true, 0, 2, 3, 3, 30, 12, 30, 30, Set.of());
    }
}
