package vn.dangbo.members;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;
import vn.dangbo.shared.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns the list's filters into one query; the viewer's cell scope is applied on top. */
final class MemberSearch {

    private MemberSearch() {
    }

    static Specification<Member> matching(MemberQuery query, LocalDate today) {
        return (root, cq, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String q = query.q() == null ? "" : VietnameseText.fold(query.q());
            if (!q.isEmpty()) {
                if (q.chars().allMatch(Character::isDigit)) {
                    where.add(cb.or(cb.like(root.get("citizenId"), escape(q) + "%", '\\'),
                            cb.like(root.get("partyCardNumber"), escape(q) + "%", '\\')));
                } else {
                    // Every word must start a word of the name: "van an" finds "Nguyễn Văn An", not "Lan".
                    for (String word : q.split(" ")) {
                        where.add(cb.like(root.get("nameFolded"), "% " + escape(word) + "%", '\\'));
                    }
                }
            }
            if (query.cellId() != null) {
                where.add(cb.equal(root.get("cellId"), query.cellId()));
            }
            if (query.kind() != null) {
                where.add(cb.equal(root.get("kind"), query.kind()));
            }
            if (query.gender() != null) {
                where.add(cb.equal(root.get("gender"), query.gender()));
            }
            if (query.ethnicity() != null && !query.ethnicity().isBlank()) {
                where.add(cb.equal(root.get("ethnicity"), query.ethnicity()));
            }
            if (query.education() != null) {
                where.add(cb.equal(root.get("education"), query.education()));
            }
            if (query.politicalTheory() != null) {
                where.add(cb.equal(root.get("politicalTheory"), query.politicalTheory()));
            }
            if (query.ageBand() != null) {
                where.add(cb.greaterThan(root.get("birthDate"), query.ageBand().bornAfter(today)));
                where.add(cb.lessThanOrEqualTo(root.get("birthDate"), query.ageBand().bornOnOrBefore(today)));
            }
            if (!query.includeFormer()) {
                where.add(root.get("standing").in(Standing.ON_ROLLS));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static Specification<Member> inCell(long cellId) {
        return (root, cq, cb) -> cb.equal(root.get("cellId"), cellId);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
