package vn.dangbo.congress;

import org.jspecify.annotations.Nullable;
import vn.dangbo.congress.counting.Exclusion;

import java.util.Optional;

/**
 * Where one person convened stands for the vote: present, or why they are left out of (or kept in)
 * the base N (R16–R17). The engine decides which exclusions are subtracted.
 */
public enum ConvenedStatus {
    PRESENT(true, null),
    /** Exempt from activity but present and voting: stays in N (R16). */
    EXEMPT_PRESENT(true, null),
    ABSENT_UNEXCUSED(false, Exclusion.ABSENT_UNEXCUSED),
    ABSENT_ACCEPTED(false, Exclusion.ABSENT_ACCEPTED),
    TRANSFERRED(false, Exclusion.TRANSFERRED),
    EXEMPT_ABSENT(false, Exclusion.EXEMPT_ABSENT),
    SUSPENDED(false, Exclusion.SUSPENDED),
    PROSECUTED(false, Exclusion.PROSECUTED),
    COMMITTEE_ABSENT(false, Exclusion.COMMITTEE_ABSENT),
    DELEGATE_ABSENT_NOT_REPLACED(false, Exclusion.DELEGATE_ABSENT_NOT_REPLACED);

    private final boolean present;
    private final @Nullable Exclusion exclusion;

    ConvenedStatus(boolean present, @Nullable Exclusion exclusion) {
        this.present = present;
        this.exclusion = exclusion;
    }

    public boolean present() {
        return present;
    }

    /** The reason the engine is told, if any; whether it lowers N is the engine's rule. */
    public Optional<Exclusion> exclusion() {
        return Optional.ofNullable(exclusion);
    }

    /** Which congress the status belongs to: the last two only at a delegates' congress (R17). */
    public boolean appliesTo(CongressKind kind) {
        boolean delegatesOnly = this == COMMITTEE_ABSENT || this == DELEGATE_ABSENT_NOT_REPLACED;
        return kind == CongressKind.DELEGATES || !delegatesOnly;
    }
}
