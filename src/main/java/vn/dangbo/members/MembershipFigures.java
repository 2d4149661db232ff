package vn.dangbo.members;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The members on the rolls ({@link Standing#ON_ROLLS}) in figures, on one day, for the whole
 * organization or for one cell. Every breakdown lists all its values, zeros included, and adds
 * up to {@link #total()}.
 *
 * @param scopeName the committee's name, or the cell's when {@link #cellId()} is set
 * @param intermediateOrHigherTheory members with intermediate, advanced or bachelor's political
 *        theory: the "trung cấp lý luận chính trị trở lên" of the party's reports
 */
public record MembershipFigures(LocalDate asOf, String scopeName, @Nullable Long cellId, long total,
                                List<Share<Cell>> cells, List<Share<MembershipKind>> kinds,
                                List<Share<Standing>> standings, List<Share<Gender>> genders,
                                List<Share<String>> ethnicities, List<Share<AgeBand>> ageBands,
                                List<Share<Education>> education, List<Share<PoliticalTheory>> politicalTheory,
                                long intermediateOrHigherTheory) {

    /** One value of a breakdown: how many members, and their percentage of the total (0–100). */
    public record Share<K>(K key, long count, double percent) {
    }

    public record Cell(long id, String name) {
    }

    public long count(MembershipKind kind) {
        return countOf(kinds, kind);
    }

    public long count(Education level) {
        return countOf(education, level);
    }

    public long count(PoliticalTheory level) {
        return countOf(politicalTheory, level);
    }

    public double percentOf(long count) {
        return total == 0 ? 0 : 100.0 * count / total;
    }

    private static <K> long countOf(List<Share<K>> shares, K key) {
        return shares.stream().filter(s -> s.key().equals(key)).mapToLong(Share::count).sum();
    }
}
