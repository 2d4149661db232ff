package vn.dangbo.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import vn.dangbo.shared.PersonName;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.VietnameseText;

import java.time.LocalDate;

/** A party member's record; its transitions guard the lifecycle rules (party-work.md R28–R35). */
@Entity
@Table(name = "member")
@EntityListeners(MemberSearchIndex.MemberWrites.class)
class Member {

    static final int PROBATION_MONTHS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    @jakarta.persistence.SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    private Long id;
    private String familyName;
    private String middleName;
    private String givenName;
    private String fullName;
    private String nameFolded;
    private String sortKey;
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String ethnicity;
    private String religion;
    private String hometown;
    private String citizenId;
    private @Nullable String partyCardNumber;
    private @Nullable String phone;
    private LocalDate admittedOn;
    private @Nullable LocalDate officialOn;
    @Enumerated(EnumType.STRING)
    private MembershipKind kind;
    @Enumerated(EnumType.STRING)
    private Standing standing;
    private Long cellId;
    @Enumerated(EnumType.STRING)
    private Education education;
    @Enumerated(EnumType.STRING)
    private PoliticalTheory politicalTheory;
    private String job;
    @Version
    @Column(nullable = false)
    private long version;

    protected Member() {
    }

    /** A record made from checked data (see {@link MemberData#problems}). */
    static Member of(MemberData data, MembershipKind kind, Standing standing) {
        Member member = new Member();
        member.kind = kind;
        member.standing = standing;
        member.admittedOn = data.admittedOn();
        member.officialOn = kind == MembershipKind.OFFICIAL ? data.officialOn() : null;
        member.update(data);
        return member;
    }

    /** Profile fields only: the lifecycle dates and standing change through the transitions. */
    void update(MemberData data) {
        PersonName name = data.name();
        familyName = name.family();
        middleName = name.middle();
        givenName = name.given();
        fullName = name.full();
        nameFolded = " " + VietnameseText.fold(fullName);
        sortKey = name.sortKey();
        birthDate = data.birthDate();
        gender = data.gender();
        ethnicity = data.ethnicity();
        religion = data.religion();
        hometown = data.hometown();
        citizenId = data.citizenId();
        partyCardNumber = data.partyCardNumber();
        phone = data.phone();
        cellId = data.cellId();
        education = data.education();
        politicalTheory = data.politicalTheory();
        job = data.job();
    }

    /** R31: official from the end of 12 months' probation, even when the decision comes later. */
    LocalDate recognizeAsOfficial(LocalDate decidedOn) {
        if (kind != MembershipKind.PROBATIONARY) {
            throw new MemberException("Đảng viên " + fullName + " đã là đảng viên chính thức.");
        }
        requireOnRolls();
        LocalDate probationEnds = admittedOn.plusMonths(PROBATION_MONTHS);
        if (decidedOn.isBefore(probationEnds)) {
            throw new MemberException("Chưa đủ 12 tháng dự bị: đảng viên " + fullName + " vào Đảng ngày "
                    + VietnameseDates.date(admittedOn) + ", chỉ được xét công nhận chính thức từ ngày "
                    + VietnameseDates.date(probationEnds) + ".");
        }
        kind = MembershipKind.OFFICIAL;
        officialOn = probationEnds;
        return probationEnds;
    }

    void transferOut(boolean temporary) {
        requireStanding(Standing.ACTIVE, "chuyển sinh hoạt đi");
        standing = temporary ? Standing.AWAY_TEMPORARILY : Standing.TRANSFERRED_OUT;
    }

    /** Back from a temporary transfer, or a former member transferred back in. */
    void returnTo(long cell) {
        if (standing != Standing.AWAY_TEMPORARILY && standing != Standing.TRANSFERRED_OUT) {
            throw new MemberException("Chỉ tiếp nhận lại đảng viên đã chuyển sinh hoạt đi.");
        }
        standing = Standing.ACTIVE;
        cellId = cell;
    }

    void exempt() {
        if (kind != MembershipKind.OFFICIAL) {
            throw new MemberException("Chỉ đảng viên chính thức được miễn công tác và sinh hoạt đảng.");
        }
        requireStanding(Standing.ACTIVE, "miễn công tác và sinh hoạt đảng");
        standing = Standing.EXEMPT;
    }

    void endExemption() {
        requireStanding(Standing.EXEMPT, "thôi miễn sinh hoạt");
        standing = Standing.ACTIVE;
    }

    void removeFromRolls() {
        requireOnRolls();
        standing = Standing.REMOVED;
    }

    /** R32: only an official member can be expelled; a probationary one unworthy of the party is removed instead. */
    void expel() {
        if (kind != MembershipKind.OFFICIAL) {
            throw new MemberException("Không thể khai trừ đảng viên dự bị " + fullName
                    + " (R32): đảng viên dự bị chỉ bị khiển trách, cảnh cáo; nếu không đủ tư cách thì xóa tên.");
        }
        requireOnRolls();
        standing = Standing.EXPELLED;
    }

    void recordDeath() {
        if (standing == Standing.DECEASED) {
            throw new MemberException("Đã ghi nhận đảng viên " + fullName + " từ trần.");
        }
        standing = Standing.DECEASED;
    }

    void moveTo(long cell) {
        cellId = cell;
    }

    private void requireOnRolls() {
        if (!standing.onRolls()) {
            throw new MemberException("Đảng viên " + fullName + " không còn trong danh sách của đảng bộ.");
        }
    }

    private void requireStanding(Standing expected, String action) {
        if (standing != expected) {
            throw new MemberException("Không thể " + action + ": đảng viên " + fullName + " đang ở trạng thái không phù hợp.");
        }
    }

    Long getId() { return id; }
    String getFullName() { return fullName; }
    String getCitizenId() { return citizenId; }
    @Nullable String getPartyCardNumber() { return partyCardNumber; }
    Long getCellId() { return cellId; }
    Standing getStanding() { return standing; }
    MembershipKind getKind() { return kind; }
    LocalDate getAdmittedOn() { return admittedOn; }

    MemberView toView(String cellName) {
        // Id 0 for a record not saved yet: the rows of an import file being written.
        return new MemberView(id == null ? 0 : id, fullName, familyName, middleName, givenName, birthDate, gender, ethnicity, religion, hometown,
                citizenId, partyCardNumber, phone, admittedOn, officialOn, kind, standing, cellId, cellName, education,
                politicalTheory, job);
    }

    MemberData toData() {
        return new MemberData(fullName, birthDate, gender, ethnicity, religion, hometown, citizenId, partyCardNumber, phone,
                cellId, education, politicalTheory, job, admittedOn, officialOn, kind);
    }
}
