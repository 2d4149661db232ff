package vn.dangbo.meetings.quorum;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuorumProperties {

    @Provide
    Arbitrary<List<Attendee>> cells() {
        Arbitrary<Attendee> attendee = Combinators.combine(Arbitraries.of(true, true, true, false), Arbitraries.of(false, false, false, true),
                        Arbitraries.of(false, false, false, false, true), Arbitraries.of(false, false, false, false, true),
                        Arbitraries.of(false, false, false, false, true), Arbitraries.of(Presence.values()))
                .as(Attendee::new);
        return attendee.list().ofMaxSize(60);
    }

    @Property
    void theBaseNeverExceedsTheOfficialMembersNorThePresentTheBase(@ForAll("cells") List<Attendee> cell) {
        Quorum q = Quorum.of(cell, Share.HALF);
        assertThat(q.base()).isBetween(0, q.official());
        assertThat(q.official()).isLessThanOrEqualTo(q.onRolls());
        assertThat(q.presentInBase() + q.absentWithReason() + q.absentWithoutReason()).isEqualTo(q.base());
        assertThat(q.presentInBase()).isLessThanOrEqualTo(q.present());
    }

    @Property
    void aResolutionIsValidExactlyWhenMoreThanHalfOfTheBaseApprove(@ForAll("cells") List<Attendee> cell,
                                                                     @ForAll @IntRange(max = 60) int inFavour) {
        Quorum q = Quorum.of(cell, Share.HALF);
        int votes = Math.min(inFavour, q.voters());
        assertThat(q.resolutionValid(votes)).isEqualTo(votes * 2 > q.base() && q.quorate());
        if (q.base() > 0 && q.voters() >= q.neededInFavour()) {
            assertThat(q.resolutionValid((int) q.neededInFavour())).isTrue();
            assertThat(q.resolutionValid((int) q.neededInFavour() - 1)).isFalse();
        }
    }

    @Property
    void theOrderOfTheRollsDoesNotMatter(@ForAll("cells") List<Attendee> cell) {
        List<Attendee> shuffled = new ArrayList<>(cell);
        Collections.reverse(shuffled);
        assertThat(Quorum.of(shuffled, Share.HALF)).isEqualTo(Quorum.of(cell, Share.HALF));
    }

    @Property
    void markingSomeoneSuspendedOrExcusedNeverEnlargesTheBase(@ForAll("cells") List<Attendee> cell, @ForAll @IntRange(max = 59) int index) {
        if (cell.isEmpty()) {
            return;
        }
        Attendee a = cell.get(index % cell.size());
        List<Attendee> marked = new ArrayList<>(cell);
        marked.set(index % cell.size(), new Attendee(a.official(), a.exempt(), a.attachedElsewhere(), true, a.excused(), a.presence()));
        assertThat(Quorum.of(marked, Share.HALF).base()).isLessThanOrEqualTo(Quorum.of(cell, Share.HALF).base());
    }

    @Property
    void anExemptMemberWhoComesAddsOneToTheBase(@ForAll("cells") List<Attendee> cell) {
        List<Attendee> away = new ArrayList<>(cell);
        away.add(new Attendee(true, true, false, false, false, Presence.ABSENT_WITH_REASON));
        List<Attendee> here = new ArrayList<>(cell);
        here.add(new Attendee(true, true, false, false, false, Presence.PRESENT));
        assertThat(Quorum.of(here, Share.HALF).base()).isEqualTo(Quorum.of(away, Share.HALF).base() + 1);
    }
}
