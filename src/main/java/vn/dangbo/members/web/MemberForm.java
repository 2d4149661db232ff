package vn.dangbo.members.web;

import org.springframework.format.annotation.DateTimeFormat;
import vn.dangbo.members.Education;
import vn.dangbo.members.Gender;
import vn.dangbo.members.MemberData;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.PoliticalTheory;

import java.time.LocalDate;

/** What the admission, transfer-in and edit forms bind; never the entity. */
class MemberForm {

    private String fullName = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private Gender gender;
    private String ethnicity = "Kinh";
    private String religion = "Không";
    private String hometown = "";
    private String citizenId = "";
    private String partyCardNumber = "";
    private String phone = "";
    private String email = "";
    private Long cellId;
    private Education education;
    private PoliticalTheory politicalTheory;
    private String job = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate admittedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate officialOn;
    private MembershipKind kind;
    // the decision behind the step
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    private String decisionNumber = "";
    private String note = "";
    private boolean temporary;
    private String origin = "";

    static MemberForm of(MemberView v) {
        MemberForm f = new MemberForm();
        f.fullName = v.fullName();
        f.birthDate = v.birthDate();
        f.gender = v.gender();
        f.ethnicity = v.ethnicity();
        f.religion = v.religion();
        f.hometown = v.hometown();
        f.citizenId = v.citizenId();
        f.partyCardNumber = v.partyCardNumber() == null ? "" : v.partyCardNumber();
        f.phone = v.phone() == null ? "" : v.phone();
        f.email = v.email() == null ? "" : v.email();
        f.cellId = v.cellId();
        f.education = v.education();
        f.politicalTheory = v.politicalTheory();
        f.job = v.job();
        f.admittedOn = v.admittedOn();
        f.officialOn = v.officialOn();
        f.kind = v.kind();
        return f;
    }

    MemberData toData() {
        return new MemberData(fullName, birthDate, gender, ethnicity, religion, hometown, citizenId, partyCardNumber, phone,
                cellId, education, politicalTheory, job, admittedOn, officialOn, kind, email);
    }

    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public Gender getGender() { return gender; }
    public void setGender(Gender v) { gender = v; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String v) { ethnicity = v; }
    public String getReligion() { return religion; }
    public void setReligion(String v) { religion = v; }
    public String getHometown() { return hometown; }
    public void setHometown(String v) { hometown = v; }
    public String getCitizenId() { return citizenId; }
    public void setCitizenId(String v) { citizenId = v; }
    public String getPartyCardNumber() { return partyCardNumber; }
    public void setPartyCardNumber(String v) { partyCardNumber = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public Long getCellId() { return cellId; }
    public void setCellId(Long v) { cellId = v; }
    public Education getEducation() { return education; }
    public void setEducation(Education v) { education = v; }
    public PoliticalTheory getPoliticalTheory() { return politicalTheory; }
    public void setPoliticalTheory(PoliticalTheory v) { politicalTheory = v; }
    public String getJob() { return job; }
    public void setJob(String v) { job = v; }
    public LocalDate getAdmittedOn() { return admittedOn; }
    public void setAdmittedOn(LocalDate v) { admittedOn = v; }
    public LocalDate getOfficialOn() { return officialOn; }
    public void setOfficialOn(LocalDate v) { officialOn = v; }
    public MembershipKind getKind() { return kind; }
    public void setKind(MembershipKind v) { kind = v; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate v) { decidedOn = v; }
    public String getDecisionNumber() { return decisionNumber; }
    public void setDecisionNumber(String v) { decisionNumber = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public boolean isTemporary() { return temporary; }
    public void setTemporary(boolean v) { temporary = v; }
    public String getOrigin() { return origin; }
    public void setOrigin(String v) { origin = v; }
}
