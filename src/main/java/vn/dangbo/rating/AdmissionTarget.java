package vn.dangbo.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The committee's target: admit so many new members in a year. */
@Entity
@Table(name = "development_target")
class AdmissionTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "target_year")
    private int year;
    private int admissions;
    private String setBy;
    private Instant setAt;

    protected AdmissionTarget() {
    }

    AdmissionTarget(int year, int admissions, String setBy, Instant setAt) {
        this.year = year;
        set(admissions, setBy, setAt);
    }

    void set(int count, String by, Instant at) {
        this.admissions = count;
        this.setBy = by;
        this.setAt = at;
    }

    int getYear() { return year; }
    int getAdmissions() { return admissions; }
    String getSetBy() { return setBy; }
}
