package vn.dangbo.handbook.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The years a handbook page offers: this year and the five before it, none before the resolution (2016). */
final class HandbookYears {

    private HandbookYears() {
    }

    static List<Integer> upTo(int currentYear) {
        return IntStream.rangeClosed(Math.max(2016, currentYear - 5), currentYear).boxed().sorted(Comparator.reverseOrder()).toList();
    }
}
