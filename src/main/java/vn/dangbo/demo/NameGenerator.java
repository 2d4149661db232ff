package vn.dangbo.demo;

import vn.dangbo.members.Gender;

import java.util.List;
import java.util.Random;

/** Invented Vietnamese names, family names weighted roughly as they occur in the population. */
final class NameGenerator {

    private static final List<String> FAMILIES = List.of(
            "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn",
            "Trần", "Trần", "Trần", "Trần", "Lê", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Lương", "Trịnh", "Mai",
            "Tạ", "Cao", "Lò", "Quàng", "Giàng", "Sùng");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thành",
            "Công", "Xuân", "Ngọc", "Anh", "Mạnh", "Trọng", "Duy", "Văn Tiến");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Thị Thu", "Thị Minh", "Thị Hồng",
            "Ngọc", "Thu", "Thanh", "Thị Kim", "Thùy", "Phương");
    private static final List<String> MALE_GIVEN = List.of("An", "Anh", "Bình", "Cường", "Dũng", "Đạt", "Đông", "Hải",
            "Hùng", "Huy", "Khánh", "Long", "Minh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt",
            "Hiếu", "Lâm", "Tâm", "Toàn", "Vinh", "Đức", "Kiên");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương",
            "Lan", "Linh", "Mai", "Nga", "Ngọc", "Nhung", "Phương", "Thảo", "Trang", "Vân", "Yến", "Hằng", "Ánh", "Ân",
            "Duyên", "Loan");

    private final Random random;

    NameGenerator(Random random) {
        this.random = random;
    }

    String name(Gender gender) {
        boolean male = gender == Gender.MALE;
        return pick(FAMILIES) + " " + pick(male ? MALE_MIDDLE : FEMALE_MIDDLE) + " " + pick(male ? MALE_GIVEN : FEMALE_GIVEN);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
