package vn.dangbo.members;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.MembershipFigures.Cell;
import vn.dangbo.members.MembershipFigures.Share;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationNotFound;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.VietnameseText;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts of the members on the rolls by cell, kind, standing, gender, ethnicity, age band,
 * education and political theory. Three grouped queries whatever the size of the organization:
 * the database counts, no member is loaded.
 */
@Service
@Transactional(readOnly = true)
public class MemberStatistics {

    private static final AgeBand[] BANDS = AgeBand.values();

    private final EntityManager entityManager;
    private final OrganizationDirectory organization;
    private final Clock clock;

    MemberStatistics(EntityManager entityManager, OrganizationDirectory organization, Clock clock) {
        this.entityManager = entityManager;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * The committee sees the whole organization or, with {@code cellId}, one active cell; a cell
     * secretary always sees their own cell, whatever cell is asked for.
     */
    public MembershipFigures figures(Viewer viewer, @Nullable Long cellId) {
        viewer.require(viewer.seesAllCells() || (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null));
        Long scope = viewer.seesAllCells() ? cellId : viewer.cellId();
        LocalDate today = LocalDate.now(clock);
        List<OrganizationUnit> active = organization.activeCells();
        String scopeName;
        if (scope == null) {
            scopeName = organization.committee().map(OrganizationUnit::name).orElse("");
        } else {
            long id = scope;
            OrganizationUnit cell = active.stream().filter(c -> c.id() == id).findFirst()
                    .orElseThrow(() -> OrganizationNotFound.forId(id));
            active = List.of(cell);
            scopeName = cell.name();
        }

        Map<Long, Long> byCell = counts("m.cellId", scope, Long.class);
        Map<String, Long> byEthnicity = counts("m.ethnicity", scope, String.class);
        Profile profile = profile(scope, today);
        long total = profile.total();

        List<Share<Cell>> cells = new ArrayList<>();
        for (OrganizationUnit cell : active) {
            cells.add(share(new Cell(cell.id(), cell.name()), byCell.getOrDefault(cell.id(), 0L), total));
        }
        // Members of a cell no longer active should not exist (they move when cells merge); if
        // some do, they are still listed so that the cells add up to the total.
        Set<Long> shown = active.stream().map(OrganizationUnit::id).collect(Collectors.toSet());
        List<Long> stray = byCell.keySet().stream().filter(id -> !shown.contains(id)).sorted().toList();
        if (!stray.isEmpty()) {
            Map<Long, String> names = organization.namesOf(stray);
            stray.forEach(id -> cells.add(share(new Cell(id, names.getOrDefault(id, "#" + id)), byCell.get(id), total)));
        }

        var collator = VietnameseText.collator();
        List<Share<String>> ethnicities = byEthnicity.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry::getKey, collator::compare))
                .map(e -> share(e.getKey(), e.getValue(), total))
                .toList();

        // "Trung cấp lý luận chính trị trở lên" of the party's reports: intermediate, advanced and
        // the bachelor's degree in political theory (which ranks with advanced); not elementary, not none.
        long intermediateOrHigher = profile.theory.getOrDefault(PoliticalTheory.INTERMEDIATE, 0L)
                + profile.theory.getOrDefault(PoliticalTheory.ADVANCED, 0L)
                + profile.theory.getOrDefault(PoliticalTheory.BACHELOR, 0L);

        return new MembershipFigures(today, scopeName, scope, total, List.copyOf(cells),
                shares(new MembershipKind[]{MembershipKind.OFFICIAL, MembershipKind.PROBATIONARY}, profile.kind, total),
                shares(Standing.ON_ROLLS.toArray(Standing[]::new), profile.standing, total),
                shares(Gender.values(), profile.gender, total),
                ethnicities,
                shares(BANDS, profile.age, total),
                shares(Education.values(), profile.education, total),
                shares(PoliticalTheory.values(), profile.theory, total),
                intermediateOrHigher);
    }

    /** Members on the rolls per value of one column. */
    private <K> Map<K, Long> counts(String column, @Nullable Long cell, Class<K> type) {
        TypedQuery<Object[]> query = entityManager.createQuery("select " + column + ", count(m) from Member m"
                + where(cell) + " group by " + column, Object[].class);
        bind(query, cell);
        Map<K, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(type.cast(row[0]), (Long) row[1]);
        }
        return counts;
    }

    private record Profile(long total, Map<MembershipKind, Long> kind, Map<Standing, Long> standing, Map<Gender, Long> gender,
                           Map<Education, Long> education, Map<PoliticalTheory, Long> theory, Map<AgeBand, Long> age) {
    }

    /**
     * One pass over the enum columns, grouped together (a few hundred groups at most), folded into
     * one count per value here. The age bands are counted in the same pass: "younger than band
     * i's upper bound" for every band but the last, by {@link AgeBand#bornAfter}, as the member
     * list filters; the differences give each band, the rest is the oldest band.
     */
    private Profile profile(@Nullable Long cell, LocalDate today) {
        StringBuilder jpql = new StringBuilder("select m.kind, m.standing, m.gender, m.education, m.politicalTheory, count(m)");
        for (int i = 0; i < BANDS.length - 1; i++) {
            jpql.append(", sum(case when m.birthDate > :bornAfter").append(i).append(" then 1 else 0 end)");
        }
        jpql.append(" from Member m").append(where(cell))
                .append(" group by m.kind, m.standing, m.gender, m.education, m.politicalTheory");
        TypedQuery<Object[]> query = entityManager.createQuery(jpql.toString(), Object[].class);
        bind(query, cell);
        for (int i = 0; i < BANDS.length - 1; i++) {
            query.setParameter("bornAfter" + i, BANDS[i].bornAfter(today));
        }
        long total = 0;
        Map<MembershipKind, Long> kind = new EnumMap<>(MembershipKind.class);
        Map<Standing, Long> standing = new EnumMap<>(Standing.class);
        Map<Gender, Long> gender = new EnumMap<>(Gender.class);
        Map<Education, Long> education = new EnumMap<>(Education.class);
        Map<PoliticalTheory, Long> theory = new EnumMap<>(PoliticalTheory.class);
        long[] younger = new long[BANDS.length];
        for (Object[] row : query.getResultList()) {
            long count = (Long) row[5];
            total += count;
            kind.merge((MembershipKind) row[0], count, Long::sum);
            standing.merge((Standing) row[1], count, Long::sum);
            gender.merge((Gender) row[2], count, Long::sum);
            education.merge((Education) row[3], count, Long::sum);
            theory.merge((PoliticalTheory) row[4], count, Long::sum);
            for (int i = 0; i < BANDS.length - 1; i++) {
                younger[i] += ((Number) row[6 + i]).longValue();
            }
        }
        younger[BANDS.length - 1] = total;
        Map<AgeBand, Long> age = new EnumMap<>(AgeBand.class);
        for (int i = 0; i < BANDS.length; i++) {
            age.put(BANDS[i], younger[i] - (i == 0 ? 0 : younger[i - 1]));
        }
        return new Profile(total, kind, standing, gender, education, theory, age);
    }

    private static String where(@Nullable Long cell) {
        return " where m.standing in :onRolls" + (cell == null ? "" : " and m.cellId = :cell");
    }

    private static void bind(TypedQuery<?> query, @Nullable Long cell) {
        query.setParameter("onRolls", Standing.ON_ROLLS);
        if (cell != null) {
            query.setParameter("cell", cell);
        }
    }

    private static <K> List<Share<K>> shares(K[] keys, Map<K, Long> counts, long total) {
        return Arrays.stream(keys).map(key -> share(key, counts.getOrDefault(key, 0L), total)).toList();
    }

    private static <K> Share<K> share(K key, long count, long total) {
        return new Share<>(key, count, total == 0 ? 0 : 100.0 * count / total);
    }
}
