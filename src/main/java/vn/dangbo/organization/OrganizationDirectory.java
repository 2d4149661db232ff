package vn.dangbo.organization;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organization tree: committees, cells, merges and positions. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private final Organizations organizations;
    private final Restructurings restructurings;
    private final PositionTerms positions;
    private final ApplicationEventPublisher events;

    OrganizationDirectory(Organizations organizations, Restructurings restructurings, PositionTerms positions,
                          ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.restructurings = restructurings;
        this.positions = positions;
        this.events = events;
    }

    public Optional<OrganizationUnit> committee() {
        return organizations.findByKindOrderByNameAsc(OrganizationKind.COMMITTEE).stream().findFirst().map(PartyOrganization::toView);
    }

    /** Cells, the active ones first, each group in Vietnamese order of names. */
    public List<OrganizationUnit> cells() {
        return organizations.findByKindOrderByNameAsc(OrganizationKind.CELL).stream()
                .map(PartyOrganization::toView)
                .sorted(Comparator.comparing((OrganizationUnit u) -> !u.active())
                        .thenComparing(OrganizationUnit::name, vn.dangbo.shared.VietnameseText.collator()::compare))
                .toList();
    }

    public List<OrganizationUnit> activeCells() {
        return cells().stream().filter(OrganizationUnit::active).toList();
    }

    public OrganizationUnit unit(long id) {
        return organizations.findById(id).map(PartyOrganization::toView).orElseThrow(() -> OrganizationNotFound.forId(id));
    }

    public Optional<OrganizationUnit> findUnit(long id) {
        return organizations.findById(id).map(PartyOrganization::toView);
    }

    public Map<Long, String> namesOf(Collection<Long> ids) {
        return organizations.findAllById(ids).stream().collect(Collectors.toMap(PartyOrganization::getId, PartyOrganization::getName));
    }

    public List<CellMerge> merges() {
        List<Restructuring> all = restructurings.findAllByOrderByDecidedOnDesc();
        Map<Long, String> names = organizations.findAll().stream().collect(Collectors.toMap(PartyOrganization::getId, PartyOrganization::getName));
        return all.stream().map(r -> r.toView(names)).toList();
    }

    @Transactional
    public long createCommittee(String name, LocalDate foundedOn) {
        return organizations.save(new PartyOrganization(name, OrganizationKind.COMMITTEE, null, foundedOn)).getId();
    }

    @Transactional
    public long createCell(long committeeId, String name, LocalDate foundedOn) {
        PartyOrganization parent = organizations.findById(committeeId).orElseThrow(() -> OrganizationNotFound.forId(committeeId));
        String cleanName = requireName(name);
        boolean taken = organizations.findByKindOrderByNameAsc(OrganizationKind.CELL).stream()
                .anyMatch(c -> c.isActive() && c.getName().equalsIgnoreCase(cleanName));
        if (taken) {
            throw new OrganizationException("Đã có chi bộ đang hoạt động mang tên \"" + cleanName + "\".");
        }
        return organizations.save(new PartyOrganization(cleanName, OrganizationKind.CELL, parent.getId(), foundedOn)).getId();
    }

    /**
     * Merges two or more active cells into a new cell founded on the decision date. The old cells
     * stay as history; the members move with the {@link CellsMerged} event in this transaction.
     */
    @Transactional
    public long mergeCells(MergeCells command) {
        String decision = vn.dangbo.shared.VietnameseText.clean(command.decisionNumber());
        if (decision.isEmpty() || decision.length() > 60 || !plain(decision)) {
            throw new OrganizationException("Cần ghi số quyết định sáp nhập (tối đa 60 ký tự, không chứa < > { }).");
        }
        if (command.note() != null && (command.note().length() > 1000 || !plain(command.note()))) {
            throw new OrganizationException("Ghi chú tối đa 1000 ký tự, không chứa < > { }.");
        }
        LinkedHashSet<Long> sources = new LinkedHashSet<>(command.sourceCellIds());
        if (sources.size() < 2) {
            throw new OrganizationException("Sáp nhập cần ít nhất hai chi bộ.");
        }
        List<PartyOrganization> cells = organizations.findAllById(sources);
        if (cells.size() != sources.size()) {
            throw new OrganizationException("Có chi bộ được chọn không tồn tại.");
        }
        Map<Long, PartyOrganization> byId = cells.stream().collect(Collectors.toMap(PartyOrganization::getId, Function.identity()));
        HashSet<Long> parents = new HashSet<>();
        for (PartyOrganization cell : cells) {
            if (cell.getKind() != OrganizationKind.CELL) {
                throw new OrganizationException("Chỉ sáp nhập được chi bộ.");
            }
            if (!cell.isActive()) {
                throw new OrganizationException("Chi bộ \"" + cell.getName() + "\" đã không còn hoạt động.");
            }
            parents.add(cell.getParentId());
        }
        if (parents.size() != 1) {
            throw new OrganizationException("Các chi bộ sáp nhập phải cùng trực thuộc một đảng bộ.");
        }
        long committeeId = parents.iterator().next();
        long targetId = createCell(committeeId, command.newCellName(), command.decidedOn());
        Restructuring merge = restructurings.save(new Restructuring(decision, command.decidedOn(), targetId,
                List.copyOf(sources), command.note() == null ? "" : vn.dangbo.shared.VietnameseText.clean(command.note())));
        for (Long id : sources) {
            byId.get(id).dissolveBy(merge.getId(), command.decidedOn());
        }
        // Positions in a merged cell end with it; the new cell elects its own.
        for (Long id : sources) {
            positions.findByOrganizationIdOrderByStartedOnDesc(id).forEach(p -> p.end(command.decidedOn()));
        }
        events.publishEvent(new CellsMerged(merge.getId(), List.copyOf(sources), targetId, unit(targetId).name(),
                decision, command.decidedOn()));
        return targetId;
    }

    @Transactional
    public long appoint(long organizationId, long memberId, Position position, String termLabel, LocalDate startedOn, LocalDate endedOn) {
        organizations.findById(organizationId).orElseThrow(() -> OrganizationNotFound.forId(organizationId));
        return positions.save(new PositionTerm(organizationId, memberId, position, termLabel, startedOn, endedOn)).getId();
    }

    /**
     * Records the holders of a position for a term from an approved election (the congress module
     * calls it on chuẩn y). Idempotent: those already holding it for the term keep their row; a
     * committee member who holds the secretary's or a deputy's post for the term is not listed twice.
     * Holders of the position in an earlier term still open end on {@code startedOn}; a term recorded
     * as over gives the newcomers its end date too, so a past congress approved late changes no
     * current position.
     */
    @Transactional
    public void installElected(long organizationId, Position position, String termLabel, Collection<Long> memberIds,
                               LocalDate startedOn) {
        organizations.findById(organizationId).orElseThrow(() -> OrganizationNotFound.forId(organizationId));
        String term = termLabel == null ? "" : vn.dangbo.shared.VietnameseText.clean(termLabel);
        if (term.isEmpty() || term.length() > 30 || !plain(term)) {
            throw new OrganizationException("Nhiệm kỳ không được để trống, tối đa 30 ký tự.");
        }
        List<PositionTerm> all = positions.findByOrganizationIdOrderByStartedOnDesc(organizationId);
        List<PositionTerm> sameTerm = all.stream().filter(p -> p.getTermLabel().equals(term)).toList();
        Set<Long> holding = new HashSet<>();
        for (PositionTerm p : sameTerm) {
            boolean counts = p.getPosition() == position || (position == Position.COMMITTEE_MEMBER
                    && (p.getPosition() == Position.SECRETARY || p.getPosition() == Position.DEPUTY_SECRETARY));
            if (counts) {
                holding.add(p.getMemberId());
            }
        }
        boolean termOver = !sameTerm.isEmpty() && sameTerm.stream().allMatch(p -> p.getEndedOn() != null);
        LocalDate termEnded = termOver ? sameTerm.stream().map(PositionTerm::getEndedOn).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow() : null;
        for (PositionTerm p : all) {
            if (p.getPosition() == position && !p.getTermLabel().equals(term) && p.getEndedOn() == null
                    && p.getStartedOn().isBefore(startedOn)) {
                p.end(startedOn);
            }
        }
        for (Long member : new LinkedHashSet<>(memberIds)) {
            if (!holding.contains(member)) {
                positions.save(new PositionTerm(organizationId, member, position, term, startedOn, termEnded));
            }
        }
    }

    public List<PositionHolder> positionsIn(long organizationId, MemberDirectory members) {
        List<PositionTerm> terms = positions.findByOrganizationIdOrderByStartedOnDesc(organizationId);
        return holders(terms, members);
    }

    /** The positions in each of these organizations, in a few queries however many there are. */
    public Map<Long, List<PositionHolder>> positionsInEach(Collection<Long> organizationIds, MemberDirectory members) {
        List<PositionTerm> terms = new java.util.ArrayList<>();
        List<Long> ids = List.copyOf(organizationIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            terms.addAll(positions.findByOrganizationIdIn(ids.subList(from, Math.min(ids.size(), from + 1_000))));
        }
        return holders(terms, members).stream().collect(Collectors.groupingBy(PositionHolder::organizationId));
    }

    public List<PositionHolder> positionsHeldBy(long memberId, MemberDirectory members) {
        return holders(positions.findByMemberIdOrderByStartedOnDesc(memberId), members);
    }

    private List<PositionHolder> holders(List<PositionTerm> terms, MemberDirectory members) {
        Map<Long, String> memberNames = members.namesOf(terms.stream().map(PositionTerm::getMemberId).collect(Collectors.toSet()));
        Map<Long, String> orgNames = namesOf(terms.stream().map(PositionTerm::getOrganizationId).collect(Collectors.toSet()));
        return terms.stream()
                .map(t -> t.toView(memberNames.getOrDefault(t.getMemberId(), "?"), orgNames.getOrDefault(t.getOrganizationId(), "?")))
                .sorted(Comparator.comparing(PositionHolder::position).thenComparing(PositionHolder::startedOn, Comparator.reverseOrder()))
                .toList();
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : vn.dangbo.shared.VietnameseText.clean(name);
        if (clean.isEmpty() || clean.length() > 200 || !plain(clean)) {
            throw new OrganizationException("Tên chi bộ không được để trống, tối đa 200 ký tự, không chứa < > { }.");
        }
        return clean;
    }

    /** Names and numbers are plain text: no markup, no control characters. */
    private static boolean plain(String text) {
        return text.chars().noneMatch(c -> c == '<' || c == '>' || c == '{' || c == '}' || Character.isISOControl(c));
    }
}
