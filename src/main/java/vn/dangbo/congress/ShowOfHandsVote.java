package vn.dangbo.congress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import vn.dangbo.congress.counting.ShowOfHands;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One show of hands of a congress as recorded: the count on its base N and, for a body, who was proposed. */
@Entity
@Table(name = "show_of_hands_vote")
class ShowOfHandsVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long congressId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ShowOfHandsKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int base;

    @Column(nullable = false)
    private int inFavour;

    @Column(nullable = false)
    private int against;

    @Column(nullable = false)
    private int abstain;

    @Column(nullable = false)
    private boolean adopted;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedBy;

    @ElementCollection
    @CollectionTable(name = "show_of_hands_member", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderColumn(name = "position")
    private List<Chosen> members = new ArrayList<>();

    @Embeddable
    record Chosen(@Column(nullable = false) Long memberId, @Column(nullable = false) String fullName) {
    }

    protected ShowOfHandsVote() {
    }

    ShowOfHandsVote(long congressId, ShowOfHandsKind kind, String title, ShowOfHands count, List<Chosen> members,
                    Instant recordedAt, String recordedBy) {
        this.congressId = congressId;
        this.kind = kind;
        this.title = title;
        this.base = count.base();
        this.inFavour = count.inFavour();
        this.against = count.against();
        this.abstain = count.abstain();
        this.adopted = count.adopted();
        this.members = new ArrayList<>(members);
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    Long getId() {
        return id;
    }

    ShowOfHandsKind getKind() {
        return kind;
    }

    boolean isAdopted() {
        return adopted;
    }

    List<Chosen> getMembers() {
        return List.copyOf(members);
    }

    CongressViews.Vote toView() {
        return new CongressViews.Vote(id, kind, title, new ShowOfHands(base, inFavour, against, abstain),
                members.stream().map(Chosen::fullName).toList(), recordedAt);
    }
}
