package vn.dangbo.members;

import org.jspecify.annotations.Nullable;
import vn.dangbo.shared.VietnameseText;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** The date and number of the decision behind a lifecycle step, and a short note. */
public record Decision(@Nullable LocalDate on, String number, String note) {

    private static final Pattern PLAIN = Pattern.compile("[^<>{}\\p{Cntrl}]*");

    public Decision {
        number = number == null ? "" : VietnameseText.clean(number);
        note = note == null ? "" : VietnameseText.clean(note);
    }

    LocalDate checkedDate(LocalDate today) {
        if (on == null) {
            throw new MemberException("Cần ghi ngày quyết định (dd/MM/yyyy).");
        }
        if (on.isAfter(today)) {
            throw new MemberException("Ngày quyết định không được sau hôm nay.");
        }
        if (number.isEmpty() || number.length() > 60 || !PLAIN.matcher(number).matches()) {
            throw new MemberException("Cần ghi số quyết định (tối đa 60 ký tự, không chứa < > { }).");
        }
        if (note.length() > 500 || !PLAIN.matcher(note).matches()) {
            throw new MemberException("Ghi chú tối đa 500 ký tự, không chứa < > { }.");
        }
        return on;
    }
}
