package vn.dangbo.rating;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import vn.dangbo.members.Gender;

import java.time.Instant;
import java.time.LocalDate;

/** A prospective member (quần chúng ưu tú) on the way from the cell's proposal to official membership. */
@Entity
@Table(name = "development_prospect")
class Prospect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String job;
    private long cellId;
    private LocalDate proposedOn;
    private String proposedBy;
    private Instant proposedAt;
    private @Nullable String courseCertificate;
    private @Nullable LocalDate courseCertifiedOn;
    private @Nullable String committeeDecisionNumber;
    private @Nullable LocalDate committeeDecidedOn;
    private @Nullable String decidedBy;
    private @Nullable Long memberId;
    private @Nullable LocalDate admittedOn;
    private @Nullable String admissionDecisionNumber;
    private @Nullable LocalDate recognizedOn;
    private @Nullable LocalDate officialOn;
    @Version
    private long version;

    protected Prospect() {
    }

    Prospect(String fullName, LocalDate birthDate, Gender gender, String job, long cellId, LocalDate proposedOn,
             String proposedBy, Instant proposedAt) {
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.gender = gender;
        this.job = job;
        this.cellId = cellId;
        this.proposedOn = proposedOn;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void recordCourse(String certificate, LocalDate certifiedOn) {
        this.courseCertificate = certificate;
        this.courseCertifiedOn = certifiedOn;
    }

    void decide(String number, LocalDate on, String by) {
        this.committeeDecisionNumber = number;
        this.committeeDecidedOn = on;
        this.decidedBy = by;
    }

    void admitted(long member, LocalDate ceremonyOn) {
        this.memberId = member;
        this.admittedOn = ceremonyOn;
        this.admissionDecisionNumber = committeeDecisionNumber;
    }

    void recognized(LocalDate decidedOn, LocalDate official) {
        this.recognizedOn = decidedOn;
        this.officialOn = official;
    }

    Stage stage() {
        if (officialOn != null) {
            return Stage.OFFICIAL;
        }
        if (admittedOn != null) {
            return Stage.PROBATIONARY;
        }
        if (committeeDecidedOn != null) {
            return Stage.DECIDED;
        }
        return courseCertifiedOn == null ? Stage.PROPOSED : Stage.TRAINED;
    }

    /** Where a prospect stands; introducers and votes are counted beside it. */
    enum Stage { PROPOSED, TRAINED, DECIDED, PROBATIONARY, OFFICIAL }

    Long getId() { return id; }
    String getFullName() { return fullName; }
    LocalDate getBirthDate() { return birthDate; }
    Gender getGender() { return gender; }
    String getJob() { return job; }
    long getCellId() { return cellId; }
    LocalDate getProposedOn() { return proposedOn; }
    String getProposedBy() { return proposedBy; }
    @Nullable String getCourseCertificate() { return courseCertificate; }
    @Nullable LocalDate getCourseCertifiedOn() { return courseCertifiedOn; }
    @Nullable String getCommitteeDecisionNumber() { return committeeDecisionNumber; }
    @Nullable LocalDate getCommitteeDecidedOn() { return committeeDecidedOn; }
    @Nullable Long getMemberId() { return memberId; }
    @Nullable LocalDate getAdmittedOn() { return admittedOn; }
    @Nullable LocalDate getRecognizedOn() { return recognizedOn; }
    @Nullable LocalDate getOfficialOn() { return officialOn; }
}
