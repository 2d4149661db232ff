package vn.dangbo.members;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

public record MemberView(long id, String fullName, String familyName, String middleName, String givenName,
                         LocalDate birthDate, Gender gender, String ethnicity, String religion, String hometown,
                         String citizenId, @Nullable String partyCardNumber, @Nullable String phone,
                         LocalDate admittedOn, @Nullable LocalDate officialOn, MembershipKind kind, Standing standing,
                         long cellId, String cellName, Education education, PoliticalTheory politicalTheory, String job,
                         @Nullable String email) {

    /** A record without an e-mail address on file. */
    public MemberView(long id, String fullName, String familyName, String middleName, String givenName,
                      LocalDate birthDate, Gender gender, String ethnicity, String religion, String hometown,
                      String citizenId, @Nullable String partyCardNumber, @Nullable String phone,
                      LocalDate admittedOn, @Nullable LocalDate officialOn, MembershipKind kind, Standing standing,
                      long cellId, String cellName, Education education, PoliticalTheory politicalTheory, String job) {
        this(id, fullName, familyName, middleName, givenName, birthDate, gender, ethnicity, religion, hometown, citizenId,
                partyCardNumber, phone, admittedOn, officialOn, kind, standing, cellId, cellName, education, politicalTheory, job, null);
    }
}
