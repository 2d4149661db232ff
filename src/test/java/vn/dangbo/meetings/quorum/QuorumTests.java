package vn.dangbo.meetings.quorum;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuorumTests {

    static Attendee official(Presence presence) {
        return new Attendee(true, false, false, false, false, presence);
    }

    static Attendee exempt(Presence presence) {
        return new Attendee(true, true, false, false, false, presence);
    }

    static Attendee suspended() {
        return new Attendee(true, false, false, true, false, Presence.ABSENT_WITHOUT_REASON);
    }

    @Test
    void theWorkedExampleCountsSeventeenAndNeedsNineInFavour() {
        // party-work.md worked example 7: 20 members, 2 exempt and absent, 1 suspended → 17; ≥ 9 in favour.
        List<Attendee> cell = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            cell.add(official(i < 12 ? Presence.PRESENT : Presence.ABSENT_WITH_REASON));
        }
        cell.add(exempt(Presence.ABSENT_WITH_REASON));
        cell.add(exempt(Presence.ABSENT_WITHOUT_REASON));
        cell.add(suspended());

        Quorum quorum = Quorum.of(cell, Share.HALF);

        assertThat(quorum.official()).isEqualTo(20);
        assertThat(quorum.base()).isEqualTo(17);
        assertThat(quorum.excluded()).isEqualTo(3);
        assertThat(quorum.neededInFavour()).isEqualTo(9);
        assertThat(quorum.quorate()).isTrue();
        assertThat(quorum.resolutionValid(9)).isTrue();
        assertThat(quorum.resolutionValid(8)).as("8 of 17 is not more than half").isFalse();
    }

    @Test
    void anExemptMemberWhoComesCountsAndOneAttachedElsewhereNever() {
        Attendee attachedButHere = new Attendee(true, false, true, false, false, Presence.PRESENT);
        Quorum quorum = Quorum.of(List.of(exempt(Presence.PRESENT), official(Presence.ABSENT_WITHOUT_REASON), attachedButHere), Share.HALF);
        assertThat(quorum.base()).isEqualTo(2);
        assertThat(quorum.presentInBase()).isEqualTo(1);
        assertThat(quorum.quorate()).as("1 of 2 is not more than half").isFalse();
        assertThat(quorum.present()).isEqualTo(2);
    }

    @Test
    void probationaryMembersAttendButDoNotCount() {
        Attendee probationary = new Attendee(false, false, false, false, false, Presence.PRESENT);
        Quorum quorum = Quorum.of(List.of(probationary, probationary, official(Presence.PRESENT), official(Presence.ABSENT_WITH_REASON),
                official(Presence.ABSENT_WITHOUT_REASON)), Share.HALF);
        assertThat(quorum.onRolls()).isEqualTo(5);
        assertThat(quorum.base()).isEqualTo(3);
        assertThat(quorum.voters()).isEqualTo(1);
        assertThat(quorum.absentWithReason()).isEqualTo(1);
        assertThat(quorum.absentWithoutReason()).isEqualTo(1);
        assertThat(quorum.quorate()).isFalse();
    }

    @Test
    void anEmptyBaseDecidesNothing() {
        Quorum quorum = Quorum.of(List.of(), Share.HALF);
        assertThat(quorum.quorate()).isFalse();
        assertThat(quorum.resolutionValid(0)).isFalse();
    }

    @Test
    void aStricterQuorumIsConfigurable() {
        List<Attendee> cell = List.of(official(Presence.PRESENT), official(Presence.PRESENT), official(Presence.ABSENT_WITH_REASON));
        assertThat(Quorum.of(cell, Share.HALF).quorate()).isTrue();
        assertThat(Quorum.of(cell, Share.parse("2/3")).quorate()).as("2 of 3 is not more than two thirds").isFalse();
        assertThat(Quorum.of(cell, Share.parse("2/3")).neededPresent()).isEqualTo(3);
        assertThatThrownBy(() -> Share.parse("3/2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.parse("half")).isInstanceOf(IllegalArgumentException.class);
    }
}
