package vn.dangbo.rating.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Small helpers for the Vietnamese sentences in reasons. */
final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "xếp loại không hoàn thành nhiệm vụ" for the bottom, "xếp loại cao nhất là …" otherwise. */
    static String capPhrase(Level cap) {
        return cap == Level.NOT_COMPLETED
                ? "xếp loại " + cap.label()
                : "xếp loại cao nhất là " + cap.label();
    }

    /** A share as a whole percent, rounded down, for messages only. */
    static String share(int part, int whole) {
        return part + "/" + whole + " (" + (whole == 0 ? 0 : part * 100 / whole) + "%)";
    }
}
