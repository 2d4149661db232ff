package vn.dangbo.members;

import vn.dangbo.shared.VietnameseDates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** "Quê quán: Hà Nội → Huế; Nghề nghiệp: …" for the change history. */
final class ProfileDiff {

    private ProfileDiff() {
    }

    static String between(MemberData before, MemberData after) {
        List<String> parts = new ArrayList<>();
        add(parts, "Họ và tên", before.fullName(), after.fullName());
        add(parts, "Ngày sinh", before.birthDate(), after.birthDate());
        add(parts, "Giới tính", before.gender(), after.gender());
        add(parts, "Dân tộc", before.ethnicity(), after.ethnicity());
        add(parts, "Tôn giáo", before.religion(), after.religion());
        add(parts, "Quê quán", before.hometown(), after.hometown());
        add(parts, "Số CCCD", before.citizenId(), after.citizenId());
        add(parts, "Số thẻ đảng", before.partyCardNumber(), after.partyCardNumber());
        add(parts, "Điện thoại", before.phone(), after.phone());
        add(parts, "E-mail", before.email(), after.email());
        add(parts, "Trình độ chuyên môn", before.education(), after.education());
        add(parts, "Lý luận chính trị", before.politicalTheory(), after.politicalTheory());
        add(parts, "Nghề nghiệp, chức vụ", before.job(), after.job());
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(label + ": " + shown(before) + " → " + shown(after));
        }
    }

    private static String shown(Object value) {
        if (value == null) {
            return "—";
        }
        return value instanceof java.time.LocalDate date ? VietnameseDates.date(date) : value.toString();
    }
}
