package vn.dangbo.members;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.shared.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * The member list's search, in memory: a province's registry (100,000 members) is a few tens of
 * megabytes, and a scan of it in Vietnamese order answers a query with its page and its count in
 * milliseconds, where the database would sort the whole table for every page. The database stays
 * the truth: every committed change to a member bumps a revision, and a node whose snapshot is
 * older reloads it before it answers, so several nodes never serve a stale list for long.
 */
@Component
class MemberSearchIndex {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile Snapshot snapshot = Snapshot.empty();

    MemberSearchIndex(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    record Found(List<Long> ids, long total) {
    }

    /** One page of the ids that match, in Vietnamese order, and how many match in all. */
    Found search(MemberQuery query, @Nullable Long cellScope, LocalDate today, int page, int size) {
        Snapshot snapshot = current();
        long from = (long) page * size;
        List<Long> ids = new ArrayList<>(size);
        long total = 0;
        for (PrimitiveIterator.OfInt matches = snapshot.matching(new Filter(query, cellScope, today)).iterator(); matches.hasNext(); ) {
            int position = matches.nextInt();
            if (total >= from && ids.size() < size) {
                ids.add(snapshot.entries().get(position).id());
            }
            total++;
        }
        return new Found(ids, total);
    }

    /** Every id that matches, in Vietnamese order (for the export). */
    List<Long> all(MemberQuery query, @Nullable Long cellScope, LocalDate today) {
        Snapshot snapshot = current();
        return snapshot.matching(new Filter(query, cellScope, today)).mapToObj(p -> snapshot.entries().get(p).id()).toList();
    }

    private Snapshot current() {
        long revision = revision();
        Snapshot seen = snapshot;
        if (seen.revision() == revision) {
            return seen;
        }
        reloading.lock();
        try {
            if (snapshot.revision() < revision) {
                snapshot = load();
            }
            return snapshot;
        } finally {
            reloading.unlock();
        }
    }

    private long revision() {
        Long revision = jdbc.queryForObject("select revision from member_registry_revision where id = 1", Long.class);
        return revision == null ? 0 : revision;
    }

    private Snapshot load() {
        // The revision is read first: a change committed while the rows are read makes the next search reload again.
        long revision = revision();
        List<Entry> entries = jdbc.query("select id, name_folded, sort_key, citizen_id, party_card_number, cell_id, kind, gender,"
                        + " ethnicity, education, political_theory, birth_date, standing from member order by sort_key, id",
                (rs, n) -> new Entry(rs.getLong("id"), rs.getString("name_folded"),
                        rs.getString("citizen_id"), rs.getString("party_card_number"), rs.getLong("cell_id"),
                        MembershipKind.valueOf(rs.getString("kind")), Gender.valueOf(rs.getString("gender")),
                        rs.getString("ethnicity").intern(), Education.valueOf(rs.getString("education")),
                        PoliticalTheory.valueOf(rs.getString("political_theory")), rs.getObject("birth_date", LocalDate.class),
                        Standing.valueOf(rs.getString("standing"))));
        // Sort keys are hex digits, which every collation orders alike; the keys themselves (long) are not kept.
        return Snapshot.of(revision, entries);
    }

    /** Called for every member row written; bumps the revision once, after the transaction commits. */
    void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MemberSearchIndex.this);
                if (status == STATUS_COMMITTED) {
                    bump();
                }
            }
        });
    }

    private void bump() {
        separateTransaction.executeWithoutResult(s -> jdbc.update("update member_registry_revision set revision = revision + 1 where id = 1"));
    }

    /**
     * The entries in Vietnamese order, and every word of every name with the positions of the names
     * that have it, sorted by word: the names whose words start with a query word are a range.
     */
    private record Snapshot(long revision, List<Entry> entries, String[] words, int[] positions) {

        static Snapshot empty() {
            return new Snapshot(-1, List.of(), new String[0], new int[0]);
        }

        static Snapshot of(long revision, List<Entry> entries) {
            List<Map.Entry<String, Integer>> pairs = new ArrayList<>();
            Map<String, String> shared = new HashMap<>();
            for (int p = 0; p < entries.size(); p++) {
                for (String word : entries.get(p).nameFolded().strip().split(" ")) {
                    pairs.add(Map.entry(shared.computeIfAbsent(word, w -> w), p));
                }
            }
            pairs.sort(Map.Entry.<String, Integer>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
            String[] words = new String[pairs.size()];
            int[] positions = new int[pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                words[i] = pairs.get(i).getKey();
                positions[i] = pairs.get(i).getValue();
            }
            return new Snapshot(revision, List.copyOf(entries), words, positions);
        }

        /** Positions of the entries that match, in order. */
        IntStream matching(Filter filter) {
            IntStream candidates = IntStream.range(0, entries.size());
            if (filter.words.length > 0) {
                BitSet both = null;
                for (String word : filter.words) {
                    BitSet having = new BitSet(entries.size());
                    for (int i = firstAtOrAfter(word); i < words.length && words[i].startsWith(word); i++) {
                        having.set(positions[i]);
                    }
                    if (both == null) {
                        both = having;
                    } else {
                        both.and(having);
                    }
                }
                candidates = both.stream();
            }
            return candidates.filter(p -> filter.matches(entries.get(p)));
        }

        private int firstAtOrAfter(String word) {
            int found = Arrays.binarySearch(words, word);
            if (found >= 0) {
                while (found > 0 && words[found - 1].equals(word)) {
                    found--;
                }
                return found;
            }
            return -found - 1;
        }
    }

    private record Entry(long id, String nameFolded, String citizenId, @Nullable String cardNumber, long cellId,
                         MembershipKind kind, Gender gender, String ethnicity, Education education, PoliticalTheory theory,
                         LocalDate birthDate, Standing standing) {
    }

    /** The list's filters but the words of the name, which {@link Snapshot#matching} looks up. */
    private static final class Filter {

        private final MemberQuery query;
        private final @Nullable Long cellScope;
        private final @Nullable String digits;
        private final String[] words;
        private final @Nullable LocalDate bornAfter;
        private final @Nullable LocalDate bornOnOrBefore;

        Filter(MemberQuery query, @Nullable Long cellScope, LocalDate today) {
            this.query = query;
            this.cellScope = cellScope;
            String q = query.q() == null ? "" : VietnameseText.fold(query.q());
            boolean numeric = !q.isEmpty() && q.chars().allMatch(Character::isDigit);
            this.digits = numeric ? q : null;
            // Every word must start a word of the name: "van an" finds "Nguyễn Văn An", not "Lan".
            this.words = numeric || q.isEmpty() ? new String[0] : q.split(" ");
            this.bornAfter = query.ageBand() == null ? null : query.ageBand().bornAfter(today);
            this.bornOnOrBefore = query.ageBand() == null ? null : query.ageBand().bornOnOrBefore(today);
        }

        boolean matches(Entry e) {
            if (!query.includeFormer() && !e.standing().onRolls()) {
                return false;
            }
            if ((cellScope != null && e.cellId() != cellScope) || (query.cellId() != null && e.cellId() != query.cellId())
                    || (query.kind() != null && e.kind() != query.kind()) || (query.gender() != null && e.gender() != query.gender())
                    || (query.education() != null && e.education() != query.education())
                    || (query.politicalTheory() != null && e.theory() != query.politicalTheory())
                    || (query.ethnicity() != null && !query.ethnicity().isBlank() && !e.ethnicity().equals(query.ethnicity()))) {
                return false;
            }
            if (bornAfter != null && (!e.birthDate().isAfter(bornAfter) || e.birthDate().isAfter(bornOnOrBefore))) {
                return false;
            }
            // the words of the name are matched by the snapshot's word list
            return digits == null || e.citizenId().startsWith(digits) || (e.cardNumber() != null && e.cardNumber().startsWith(digits));
        }
    }

    /** Tells the index about every member row written, whichever path wrote it. */
    @Component
    static class MemberWrites {

        // Looked up when first needed: Hibernate makes its listeners while the index's own dependencies are being made.
        private final ObjectProvider<MemberSearchIndex> index;

        MemberWrites(ObjectProvider<MemberSearchIndex> index) {
            this.index = index;
        }

        @PostPersist
        @PostUpdate
        void written(Object member) {
            index.getObject().changed();
        }
    }
}
