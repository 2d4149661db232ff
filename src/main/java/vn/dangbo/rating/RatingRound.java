package vn.dangbo.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The organization's review of one year, opened by the committee. */
@Entity
@Table(name = "rating_round")
class RatingRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "review_year")
    private int year;
    private LocalDate reviewedOn;
    private String basis;
    private String openedBy;
    private Instant openedAt;

    protected RatingRound() {
    }

    RatingRound(int year, LocalDate reviewedOn, String basis, String openedBy, Instant openedAt) {
        this.year = year;
        this.reviewedOn = reviewedOn;
        this.basis = basis;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    LocalDate getReviewedOn() {
        return reviewedOn;
    }

    String getBasis() {
        return basis;
    }

    String getOpenedBy() {
        return openedBy;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    vn.dangbo.rating.rules.ReviewRound toRules() {
        return new vn.dangbo.rating.rules.ReviewRound(year, reviewedOn);
    }
}
