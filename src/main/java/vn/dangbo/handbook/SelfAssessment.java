package vn.dangbo.handbook;

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
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A member's self-assessment for one year; resubmitting replaces the answers. */
@Entity
@Table(name = "self_assessment")
class SelfAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    private Long cellId;
    @Column(name = "assessment_year")
    private int year;
    private Instant submittedAt;
    @ElementCollection
    @CollectionTable(name = "self_assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<Answer> answers = new ArrayList<>();

    protected SelfAssessment() {
    }

    SelfAssessment(long memberId, long cellId, int year) {
        this.memberId = memberId;
        this.cellId = cellId;
        this.year = year;
    }

    void submit(List<Answer> checked, long currentCell, Instant at) {
        answers.clear();
        answers.addAll(checked);
        cellId = currentCell;
        submittedAt = at;
    }

    Long getMemberId() { return memberId; }
    Long getCellId() { return cellId; }
    Instant getSubmittedAt() { return submittedAt; }
    List<Answer> getAnswers() { return answers; }

    @Embeddable
    record Answer(@Column(name = "manifestation_code") String code, @Enumerated(EnumType.STRING) Degree degree,
                  String note, String remedy) {
    }
}
