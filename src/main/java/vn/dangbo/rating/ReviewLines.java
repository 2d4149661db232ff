package vn.dangbo.rating;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dangbo.rating.rules.Activity;
import vn.dangbo.rating.rules.Level;

import java.time.LocalDate;

/**
 * A round's reviews as the report counts them: cell, admission day, activity and decided level,
 * streamed row by row with plain JDBC. Through JPA, where each of 100,000 rows became an array in
 * a list first, the report page took a third more processor time; a GROUP BY was slower still on
 * H2, which groups through a sorted map.
 */
@Component
class ReviewLines {

    private final JdbcTemplate jdbc;

    ReviewLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    interface Handler {
        void line(long cellId, LocalDate admittedOn, Activity activity, @Nullable Level decided);
    }

    void forEach(long roundId, Handler handler) {
        Activity[] activities = Activity.values();
        Level[] levels = Level.values();
        jdbc.query("select cell_id, admitted_on, activity, decided_level from member_review where round_id = ?", rs -> {
            String decided = rs.getString(4);
            handler.line(rs.getLong(1), rs.getObject(2, LocalDate.class), named(activities, rs.getString(3)),
                    decided == null ? null : named(levels, decided));
        }, roundId);
    }

    /** Enum.valueOf without its map look-up and exception path: the few constants are compared in turn. */
    private static <E extends Enum<E>> E named(E[] constants, String name) {
        for (E constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalStateException("Unknown value in member_review: " + name);
    }
}
