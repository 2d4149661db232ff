package vn.dangbo.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;
import vn.dangbo.congress.counting.Mark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ballot's content in columns: the codes kept ({@code c1,c3}, empty when every name is struck)
 * or the marks ({@code c1=AGREE,c2=BOTH}), in list order; names written in, one a line.
 */
@Embeddable
record StoredBallot(@Nullable String kept, @Nullable String marks, @Column(nullable = false) String written,
                    @Column(nullable = false) boolean unstamped) {

    /** Stored in the round's list order, so that two readings of one sheet compare as equal text. */
    static StoredBallot of(EnteredBallot ballot, List<String> listOrder) {
        String kept = ballot.kept() == null ? null
                : String.join(",", listOrder.stream().filter(ballot.kept()::contains).toList());
        String marks = ballot.marks() == null ? null
                : String.join(",", listOrder.stream().filter(ballot.marks()::containsKey)
                .map(code -> code + "=" + ballot.marks().get(code).name()).toList());
        return new StoredBallot(kept, marks, String.join("\n", ballot.written()), ballot.unstamped());
    }

    EnteredBallot entered(boolean doubtful) {
        List<String> keptCodes = kept == null ? null : kept.isEmpty() ? List.of() : Arrays.asList(kept.split(","));
        Map<String, Mark> markMap = null;
        if (marks != null) {
            markMap = new LinkedHashMap<>();
            for (String pair : marks.isEmpty() ? new String[0] : marks.split(",")) {
                String[] parts = pair.split("=", 2);
                markMap.put(parts[0], Mark.valueOf(parts[1]));
            }
        }
        List<String> names = written.isEmpty() ? List.of() : Arrays.asList(written.split("\n"));
        return new EnteredBallot(keptCodes, markMap, names, unstamped, doubtful);
    }
}
