package vn.dangbo.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import vn.dangbo.rating.rules.Level;
import vn.dangbo.rating.rules.Score;
import vn.dangbo.rating.rules.Tasks;

import java.time.Instant;

/** The committee's rating of one cell in one round, by the collective's criteria (R3, R9). */
@Entity
@Table(name = "cell_rating")
class CellRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long roundId;
    private Long cellId;
    private int generalPoints;
    private int taskPoints;
    private int tasksTotal;
    private int tasksExceeded;
    private int tasksLate;
    private int membersDisciplined;
    @Enumerated(EnumType.STRING)
    private Level decidedLevel;
    private @Nullable String decisionNote;
    private String decidedBy;
    private Instant decidedAt;

    protected CellRating() {
    }

    CellRating(long roundId, long cellId, Score score, Tasks tasks, int membersDisciplined, Level level,
               @Nullable String note, String by, Instant at) {
        this.roundId = roundId;
        this.cellId = cellId;
        this.generalPoints = score.general();
        this.taskPoints = score.tasks();
        this.tasksTotal = tasks.total();
        this.tasksExceeded = tasks.exceeded();
        this.tasksLate = tasks.late();
        this.membersDisciplined = membersDisciplined;
        this.decidedLevel = level;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    long getCellId() {
        return cellId;
    }

    Level getDecidedLevel() {
        return decidedLevel;
    }

    RatingManagement.CellRatingView toView(String cellName) {
        return new RatingManagement.CellRatingView(cellId, cellName, generalPoints + taskPoints, tasksTotal, tasksExceeded,
                tasksLate, membersDisciplined, decidedLevel, decisionNote, decidedBy, decidedAt);
    }
}
