package vn.dangbo.members;

import org.jspecify.annotations.Nullable;
import vn.dangbo.shared.PersonName;
import vn.dangbo.shared.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A member's profile as entered in a form or an import row. {@link #problems(LocalDate)} names
 * every field that is wrong, in Vietnamese, so a form and an import report the same reasons.
 */
public record MemberData(String fullName, @Nullable LocalDate birthDate, @Nullable Gender gender, String ethnicity,
                         String religion, String hometown, String citizenId, @Nullable String partyCardNumber,
                         @Nullable String phone, @Nullable Long cellId, @Nullable Education education,
                         @Nullable PoliticalTheory politicalTheory, String job, @Nullable LocalDate admittedOn,
                         @Nullable LocalDate officialOn, @Nullable MembershipKind kind, @Nullable String email) {

    /** Optional; the length is the limit of an address (RFC 5321). */
    static final int MAX_EMAIL = 254;
    /** One address, local part and a domain with a dot: enough to catch typing slips, not a full RFC 5322 parser. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`~\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]*[A-Za-z0-9])?)+");

    /** A profile without an e-mail address. */
    public MemberData(String fullName, @Nullable LocalDate birthDate, @Nullable Gender gender, String ethnicity,
                      String religion, String hometown, String citizenId, @Nullable String partyCardNumber,
                      @Nullable String phone, @Nullable Long cellId, @Nullable Education education,
                      @Nullable PoliticalTheory politicalTheory, String job, @Nullable LocalDate admittedOn,
                      @Nullable LocalDate officialOn, @Nullable MembershipKind kind) {
        this(fullName, birthDate, gender, ethnicity, religion, hometown, citizenId, partyCardNumber, phone, cellId, education,
                politicalTheory, job, admittedOn, officialOn, kind, null);
    }

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern CARD = Pattern.compile("[0-9A-Za-z.\\-]{1,20}");
    private static final Pattern PHONE = Pattern.compile("[0-9+ .\\-]{8,20}");
    /** Letters (any script, with marks), spaces, apostrophes and hyphens: no markup, no digits. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}' \\-]+");
    private static final Pattern PLAIN = Pattern.compile("[^<>{}\\p{Cntrl}]*");

    public record Problem(String field, String message) {
    }

    public MemberData {
        fullName = tidy(fullName);
        ethnicity = tidy(ethnicity);
        religion = tidy(religion);
        hometown = tidy(hometown);
        citizenId = tidy(citizenId);
        partyCardNumber = blankToNull(partyCardNumber);
        phone = blankToNull(phone);
        email = blankToNull(email);
        job = tidy(job);
    }

    /** The same profile with another e-mail address (or none). */
    public MemberData withEmail(@Nullable String address) {
        return new MemberData(fullName, birthDate, gender, ethnicity, religion, hometown, citizenId, partyCardNumber, phone, cellId,
                education, politicalTheory, job, admittedOn, officialOn, kind, address);
    }

    public PersonName name() {
        return PersonName.parse(fullName);
    }

    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (fullName.isEmpty()) {
            problems.add(new Problem("fullName", "Họ và tên không được để trống."));
        } else if (fullName.length() > 100 || !NAME.matcher(fullName).matches() || fullName.split(" ").length < 2) {
            problems.add(new Problem("fullName", "Họ và tên gồm ít nhất hai chữ, chỉ có chữ cái, tối đa 100 ký tự."));
        }
        if (birthDate == null) {
            problems.add(new Problem("birthDate", "Ngày sinh không được để trống (dd/MM/yyyy)."));
        } else if (birthDate.isAfter(today.minusYears(18)) || birthDate.isBefore(today.minusYears(120))) {
            problems.add(new Problem("birthDate", "Ngày sinh không hợp lệ: đảng viên phải đủ 18 tuổi."));
        }
        if (gender == null) {
            problems.add(new Problem("gender", "Chọn giới tính (Nam/Nữ)."));
        }
        text(problems, "ethnicity", ethnicity, "Dân tộc", 40, true);
        text(problems, "religion", religion, "Tôn giáo", 40, true);
        text(problems, "hometown", hometown, "Quê quán", 200, true);
        text(problems, "job", job, "Nghề nghiệp, chức vụ", 200, true);
        if (!CITIZEN_ID.matcher(citizenId).matches()) {
            problems.add(new Problem("citizenId", "Số CCCD phải gồm đúng 12 chữ số."));
        }
        if (partyCardNumber != null && !CARD.matcher(partyCardNumber).matches()) {
            problems.add(new Problem("partyCardNumber", "Số thẻ đảng chỉ gồm chữ số, chữ cái, dấu chấm, gạch nối; tối đa 20 ký tự."));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new Problem("phone", "Số điện thoại không hợp lệ."));
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.add(new Problem("email", "Địa chỉ e-mail không hợp lệ: ghi một địa chỉ dạng ten@coquan.gov.vn (tối đa "
                    + MAX_EMAIL + " ký tự), hoặc để trống."));
        }
        if (cellId == null) {
            problems.add(new Problem("cellId", "Chọn chi bộ."));
        }
        if (education == null) {
            problems.add(new Problem("education", "Chọn trình độ chuyên môn."));
        }
        if (politicalTheory == null) {
            problems.add(new Problem("politicalTheory", "Chọn trình độ lý luận chính trị."));
        }
        if (admittedOn == null) {
            problems.add(new Problem("admittedOn", "Ngày vào Đảng không được để trống (dd/MM/yyyy)."));
        } else {
            if (admittedOn.isAfter(today)) {
                problems.add(new Problem("admittedOn", "Ngày vào Đảng không được sau hôm nay."));
            }
            if (birthDate != null && admittedOn.isBefore(birthDate.plusYears(18))) {
                problems.add(new Problem("admittedOn", "Người vào Đảng phải đủ 18 tuổi vào ngày kết nạp."));
            }
        }
        if (kind == MembershipKind.OFFICIAL) {
            if (officialOn == null) {
                problems.add(new Problem("officialOn", "Đảng viên chính thức cần có ngày chính thức."));
            } else if (admittedOn != null && officialOn.isBefore(admittedOn.plusMonths(12))) {
                problems.add(new Problem("officialOn", "Ngày chính thức phải sau ngày vào Đảng ít nhất 12 tháng."));
            } else if (officialOn.isAfter(today)) {
                problems.add(new Problem("officialOn", "Ngày chính thức không được sau hôm nay."));
            }
        } else if (officialOn != null) {
            problems.add(new Problem("officialOn", "Đảng viên dự bị chưa có ngày chính thức."));
        }
        return problems;
    }

    private static void text(List<Problem> problems, String field, String value, String label, int max, boolean required) {
        if (required && value.isEmpty()) {
            problems.add(new Problem(field, label + " không được để trống."));
        } else if (value.length() > max) {
            problems.add(new Problem(field, label + " tối đa " + max + " ký tự."));
        } else if (!PLAIN.matcher(value).matches()) {
            problems.add(new Problem(field, label + " không được chứa các ký tự < > { } hay ký tự điều khiển."));
        }
    }

    private static String tidy(@Nullable String value) {
        return value == null ? "" : VietnameseText.clean(value);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        String clean = tidy(value);
        return clean.isEmpty() ? null : clean;
    }
}
