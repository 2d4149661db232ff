package vn.dangbo.members;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.organization.CellsMerged;
import vn.dangbo.organization.MemberDirectory;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The member registry: who is a member, where, since when, and every step of their path. */
@Service
@Transactional(readOnly = true)
public class MemberRegistry implements MemberDirectory {

    private static final int IMPORT_CHUNK = 1_000;

    private final Members members;
    private final MemberSearchIndex index;
    private final MemberEvents events;
    private final MemberChanges changes;
    private final OrganizationDirectory organization;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    MemberRegistry(Members members, MemberSearchIndex index, MemberEvents events, MemberChanges changes,
                   OrganizationDirectory organization, ApplicationEventPublisher publisher, Clock clock) {
        this.members = members;
        this.index = index;
        this.events = events;
        this.changes = changes;
        this.organization = organization;
        this.publisher = publisher;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading

    /** One page of the list in Vietnamese order, limited to what the viewer may see. */
    public Page<MemberSummary> search(MemberQuery query, Viewer viewer, int page, int size) {
        viewer.require(viewer.mayListMembers());
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200));
        MemberSearchIndex.Found found = index.search(query, viewer.cellScope(), today(), request.getPageNumber(), request.getPageSize());
        return new PageImpl<>(inOrder(found.ids()).stream().map(MemberRegistry::summary).toList(), request, found.total());
    }

    /** Every match (for export), in Vietnamese order. */
    public List<MemberView> all(MemberQuery query, Viewer viewer) {
        viewer.require(viewer.mayListMembers());
        return inOrder(index.all(query, viewer.cellScope(), today()));
    }

    /** The records of these ids, read in chunks, in the order given. */
    private List<MemberView> inOrder(List<Long> ids) {
        List<MemberView> views = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += IMPORT_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IMPORT_CHUNK));
            Map<Long, Member> byId = members.findAllById(chunk).stream().collect(Collectors.toMap(Member::getId, m -> m));
            Map<Long, String> cells = cellNames(byId.values().stream().map(Member::getCellId).collect(Collectors.toSet()));
            for (Long id : chunk) {
                Member m = byId.get(id);
                if (m != null) {
                    views.add(m.toView(cells.getOrDefault(m.getCellId(), "?")));
                }
            }
            if (ids.size() > IMPORT_CHUNK) {
                entityManager.clear(); // a province-sized export is not kept in memory as entities
            }
        }
        return views;
    }

    public MemberView view(long id, Viewer viewer) {
        Member member = find(id);
        viewer.require(viewer.mayOpenMember(id, member.getCellId()));
        return member.toView(organization.unit(member.getCellId()).name());
    }

    public List<TimelineEntry> timeline(long id, Viewer viewer) {
        view(id, viewer);
        return events.findByMemberIdOrderByOccurredOnDescIdDesc(id).stream().map(MemberEvent::toView).toList();
    }

    public List<ChangeEntry> changes(long id, Viewer viewer) {
        view(id, viewer);
        return changes.findByMemberIdOrderByChangedAtDescIdDesc(id).stream().map(MemberChange::toView).toList();
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> memberIds) {
        return members.findAllById(memberIds).stream().collect(Collectors.toMap(Member::getId, Member::getFullName));
    }

    @Override
    public Map<Long, Long> countsByCell() {
        return members.countByCell(Standing.ON_ROLLS).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    // ---- lifecycle (party-work.md R28–R35); the committee decides each step

    @Transactional
    public long admit(MemberData data, Decision decision, Viewer actor) {
        requireManager(actor);
        MemberData probationary = withKind(data, MembershipKind.PROBATIONARY);
        checkNew(probationary);
        LocalDate on = decision.checkedDate(today());
        Member member = members.save(Member.of(probationary, MembershipKind.PROBATIONARY, Standing.ACTIVE));
        record(member, MemberEventKind.ADMITTED, Objects.requireNonNull(probationary.admittedOn()), decision,
                "Kết nạp vào Đảng, đảng viên dự bị tại " + cellName(member.getCellId()) + ".", actor);
        change(member, actor, "Tạo hồ sơ khi kết nạp (quyết định " + decision.number() + " ngày " + VietnameseDates.date(on) + ").");
        publisher.publishEvent(new MemberAdmitted(member.getId(), member.getCellId(), probationary.admittedOn()));
        return member.getId();
    }

    @Transactional
    public LocalDate recognize(long id, Decision decision, Viewer actor) {
        requireManager(actor);
        Member member = find(id);
        LocalDate on = decision.checkedDate(today());
        LocalDate officialOn = member.recognizeAsOfficial(on);
        record(member, MemberEventKind.RECOGNIZED, officialOn, decision,
                "Công nhận đảng viên chính thức từ " + VietnameseDates.date(officialOn) + " (quyết định ngày " + VietnameseDates.date(on) + ").", actor);
        change(member, actor, "Loại đảng viên: dự bị → chính thức; ngày chính thức " + VietnameseDates.date(officialOn) + ".");
        publisher.publishEvent(new MemberRecognized(id, officialOn));
        return officialOn;
    }

    @Transactional
    public void transferOut(long id, boolean temporary, String destination, Decision decision, Viewer actor) {
        requireManager(actor);
        Member member = find(id);
        LocalDate on = decision.checkedDate(today());
        String to = requireText(destination, "Nơi chuyển đến");
        member.transferOut(temporary);
        record(member, temporary ? MemberEventKind.TRANSFERRED_OUT_TEMPORARILY : MemberEventKind.TRANSFERRED_OUT, on, decision,
                (temporary ? "Chuyển sinh hoạt tạm thời đến " : "Chuyển sinh hoạt chính thức đến ") + to + ".", actor);
        change(member, actor, "Trạng thái: " + (temporary ? "chuyển sinh hoạt tạm thời đi" : "chuyển sinh hoạt chính thức đi") + ".");
        publisher.publishEvent(new MemberStandingChanged(id, member.getStanding(), on));
    }

    /** A member arriving from another organization: a new record here, official or temporary. */
    @Transactional
    public long transferIn(MemberData data, boolean temporary, String origin, Decision decision, Viewer actor) {
        requireManager(actor);
        checkNew(data);
        LocalDate on = decision.checkedDate(today());
        String from = requireText(origin, "Nơi chuyển đi");
        MembershipKind kind = data.kind() == null ? MembershipKind.OFFICIAL : data.kind();
        Member member = members.save(Member.of(data, kind, temporary ? Standing.ATTACHED_TEMPORARILY : Standing.ACTIVE));
        record(member, temporary ? MemberEventKind.ATTACHED_TEMPORARILY : MemberEventKind.TRANSFERRED_IN, on, decision,
                (temporary ? "Đến sinh hoạt tạm thời tại " : "Chuyển sinh hoạt chính thức đến ") + cellName(member.getCellId())
                        + ", từ " + from + ".", actor);
        change(member, actor, "Tạo hồ sơ khi tiếp nhận chuyển sinh hoạt đến.");
        return member.getId();
    }

    /** Back from a temporary transfer, or received back after an official one. */
    @Transactional
    public void receiveBack(long id, long cellId, Decision decision, Viewer actor) {
        requireManager(actor);
        Member member = find(id);
        LocalDate on = decision.checkedDate(today());
        OrganizationUnit cell = activeCell(cellId);
        member.returnTo(cellId);
        record(member, MemberEventKind.RETURNED, on, decision, "Trở về sinh hoạt tại " + cell.name() + ".", actor);
        change(member, actor, "Trạng thái: đang sinh hoạt tại " + cell.name() + ".");
        publisher.publishEvent(new MemberStandingChanged(id, member.getStanding(), on));
    }

    @Transactional
    public void exempt(long id, Decision decision, Viewer actor) {
        step(id, decision, actor, Member::exempt, MemberEventKind.EXEMPTED, "Miễn công tác và sinh hoạt đảng.");
    }

    @Transactional
    public void endExemption(long id, Decision decision, Viewer actor) {
        step(id, decision, actor, Member::endExemption, MemberEventKind.EXEMPTION_ENDED, "Thôi miễn, trở lại sinh hoạt đảng.");
    }

    @Transactional
    public void removeFromRolls(long id, Decision decision, Viewer actor) {
        step(id, decision, actor, Member::removeFromRolls, MemberEventKind.REMOVED, "Xóa tên khỏi danh sách đảng viên.");
    }

    /**
     * A disciplinary decision on the member's timeline. The rating module keeps the record itself
     * (form, grounds, effective dates) and calls this in its own transaction.
     */
    @Transactional
    public void recordDiscipline(long id, Decision decision, String details, Viewer actor) {
        requireManager(actor);
        Member member = find(id);
        LocalDate on = decision.checkedDate(today());
        record(member, MemberEventKind.DISCIPLINED, on, decision, timelineText(details), actor);
    }

    /** Expulsion (khai trừ) ends membership: the member leaves the rolls, with the grounds on the timeline. */
    @Transactional
    public void expel(long id, Decision decision, String grounds, Viewer actor) {
        requireManager(actor);
        Member member = find(id);
        LocalDate on = decision.checkedDate(today());
        member.expel();
        record(member, MemberEventKind.EXPELLED, on, decision, timelineText("Khai trừ khỏi Đảng. " + grounds), actor);
        change(member, actor, "Trạng thái: khai trừ khỏi Đảng (quyết định " + decision.number() + ").");
        publisher.publishEvent(new MemberStandingChanged(id, member.getStanding(), on));
    }

    @Transactional
    public void recordDeath(long id, Decision decision, Viewer actor) {
        step(id, decision, actor, Member::recordDeath, MemberEventKind.DIED, "Từ trần.");
    }

    /** Profile corrections (not lifecycle dates); the change history names each field changed. */
    @Transactional
    public void updateProfile(long id, MemberData data, Viewer actor) {
        requireManager(actor);
        Member member = find(id);
        MemberData before = member.toData();
        MemberData after = new MemberData(data.fullName(), data.birthDate(), data.gender(), data.ethnicity(), data.religion(),
                data.hometown(), data.citizenId(), data.partyCardNumber(), data.phone(), before.cellId(), data.education(),
                data.politicalTheory(), data.job(), before.admittedOn(), before.officialOn(), before.kind());
        requireValid(after);
        if (!after.citizenId().equals(before.citizenId()) && members.existsByCitizenId(after.citizenId())) {
            throw new MemberException("Số CCCD " + after.citizenId() + " đã có trong danh sách.");
        }
        if (after.partyCardNumber() != null && !after.partyCardNumber().equals(before.partyCardNumber())
                && members.existsByPartyCardNumber(after.partyCardNumber())) {
            throw new MemberException("Số thẻ đảng " + after.partyCardNumber() + " đã có trong danh sách.");
        }
        String diff = ProfileDiff.between(before, after);
        if (diff.isEmpty()) {
            return;
        }
        member.update(after);
        change(member, actor, diff);
    }

    /** All rows or none: the caller has checked every row; duplicates are checked here again. */
    @Transactional
    public int importAll(List<MemberData> rows, Viewer actor) {
        requireManager(actor);
        for (MemberData row : rows) {
            requireValid(row);
        }
        List<String> takenIds = takenCitizenIds(rows.stream().map(MemberData::citizenId).toList());
        if (!takenIds.isEmpty()) {
            throw new MemberException("Số CCCD đã có trong danh sách: " + String.join(", ", takenIds.subList(0, Math.min(20, takenIds.size()))) + ".");
        }
        List<String> takenCards = takenCardNumbers(rows.stream().map(MemberData::partyCardNumber).filter(Objects::nonNull).toList());
        if (!takenCards.isEmpty()) {
            throw new MemberException("Số thẻ đảng đã có trong danh sách: " + String.join(", ", takenCards.subList(0, Math.min(20, takenCards.size()))) + ".");
        }
        Instant now = Instant.now(clock);
        // Still one transaction (all or nothing), but flushed and cleared in chunks so that a
        // province-sized file does not keep every entity in memory until the commit.
        for (int from = 0; from < rows.size(); from += IMPORT_CHUNK) {
            for (MemberData row : rows.subList(from, Math.min(rows.size(), from + IMPORT_CHUNK))) {
                Member m = Member.of(row, row.kind() == null ? MembershipKind.OFFICIAL : row.kind(), Standing.ACTIVE);
                entityManager.persist(m);
                entityManager.persist(new MemberEvent(m.getId(), MemberEventKind.IMPORTED, m.getAdmittedOn(), null,
                        "Vào Đảng ngày " + VietnameseDates.date(m.getAdmittedOn()) + " (hồ sơ nhập từ tệp Excel).", now, actor.username()));
                entityManager.persist(new MemberChange(m.getId(), now, actor.username(), "Tạo hồ sơ khi nhập từ tệp Excel."));
            }
            entityManager.flush();
            entityManager.clear();
        }
        return rows.size();
    }

    public boolean citizenIdTaken(String citizenId) {
        return members.existsByCitizenId(citizenId);
    }

    /** Those of the ids already on record; asked in chunks, as PostgreSQL takes at most 32,767 parameters. */
    public List<String> takenCitizenIds(Collection<String> ids) {
        return inChunks(ids, members::existingCitizenIds);
    }

    public List<String> takenCardNumbers(Collection<String> cards) {
        return inChunks(cards, members::existingCardNumbers);
    }

    private static List<String> inChunks(Collection<String> values, java.util.function.Function<List<String>, List<String>> query) {
        List<String> distinct = values.stream().distinct().toList();
        List<String> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += 1_000) {
            found.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + 1_000))));
        }
        return found;
    }

    /** Members move with their cell; the timeline tells them where they went and why. */
    @EventListener
    @Transactional
    public void on(CellsMerged merged) {
        Instant now = Instant.now(clock);
        Map<Long, String> names = organization.namesOf(merged.sourceCellIds());
        for (Long source : merged.sourceCellIds()) {
            for (Member member : members.findByCellId(source)) {
                member.moveTo(merged.targetCellId());
                events.save(new MemberEvent(member.getId(), MemberEventKind.CELL_MERGED, merged.decidedOn(), merged.decisionNumber(),
                        "Chuyển từ " + names.get(source) + " về " + merged.targetName() + " do sáp nhập chi bộ.", now, "hệ thống"));
                changes.save(new MemberChange(member.getId(), now, "hệ thống",
                        "Chi bộ: " + names.get(source) + " → " + merged.targetName() + " (sáp nhập, quyết định " + merged.decisionNumber() + ")."));
            }
        }
    }

    // ---- helpers

    private interface Transition {
        void apply(Member member);
    }

    private void step(long id, Decision decision, Viewer actor, Transition transition, MemberEventKind kind, String details) {
        requireManager(actor);
        Member member = find(id);
        LocalDate on = decision.checkedDate(today());
        transition.apply(member);
        record(member, kind, on, decision, details + (decision.note().isEmpty() ? "" : " " + decision.note()), actor);
        change(member, actor, "Trạng thái: " + details);
        publisher.publishEvent(new MemberStandingChanged(id, member.getStanding(), on));
    }

    private void checkNew(MemberData data) {
        requireValid(data);
        activeCell(Objects.requireNonNull(data.cellId()));
        if (members.existsByCitizenId(data.citizenId())) {
            throw new MemberException("Số CCCD " + data.citizenId() + " đã có trong danh sách.");
        }
        if (data.partyCardNumber() != null && members.existsByPartyCardNumber(data.partyCardNumber())) {
            throw new MemberException("Số thẻ đảng " + data.partyCardNumber() + " đã có trong danh sách.");
        }
    }

    private void requireValid(MemberData data) {
        List<MemberData.Problem> problems = data.problems(today());
        if (!problems.isEmpty()) {
            throw new InvalidMemberData(problems);
        }
    }

    private OrganizationUnit activeCell(long cellId) {
        OrganizationUnit cell = organization.findUnit(cellId)
                .orElseThrow(() -> new MemberException("Chi bộ đã chọn không tồn tại."));
        if (!cell.isCell() || !cell.active()) {
            throw new MemberException("Chi bộ \"" + cell.name() + "\" không còn hoạt động.");
        }
        return cell;
    }

    private static MemberData withKind(MemberData d, MembershipKind kind) {
        return new MemberData(d.fullName(), d.birthDate(), d.gender(), d.ethnicity(), d.religion(), d.hometown(), d.citizenId(),
                d.partyCardNumber(), d.phone(), d.cellId(), d.education(), d.politicalTheory(), d.job(), d.admittedOn(), null, kind);
    }

    /** Timeline details are plain text of at most 1,000 characters (the column's width). */
    private static String timelineText(String details) {
        String clean = details == null ? "" : vn.dangbo.shared.VietnameseText.clean(details);
        if (clean.isEmpty()) {
            throw new MemberException("Cần ghi nội dung của quyết định.");
        }
        return clean.length() > 1000 ? clean.substring(0, 999) + "…" : clean;
    }

    private static String requireText(String value, String label) {
        String clean = value == null ? "" : vn.dangbo.shared.VietnameseText.clean(value);
        if (clean.isEmpty() || clean.length() > 200 || clean.matches(".*[<>{}].*")) {
            throw new MemberException(label + " không được để trống, tối đa 200 ký tự, không chứa < > { }.");
        }
        return clean;
    }

    private void requireManager(Viewer actor) {
        actor.require(actor.managesMembers());
    }

    private Member find(long id) {
        return members.findById(id).orElseThrow(() -> MemberNotFound.forId(id));
    }

    private void record(Member member, MemberEventKind kind, LocalDate on, Decision decision, String details, Viewer actor) {
        events.save(new MemberEvent(member.getId(), kind, on, decision.number(), details, Instant.now(clock), actor.username()));
    }

    private void change(Member member, Viewer actor, String summary) {
        changes.save(new MemberChange(member.getId(), Instant.now(clock), actor.username(), summary));
    }

    private String cellName(long id) {
        return organization.unit(id).name();
    }

    private Map<Long, String> cellNames(Collection<Long> ids) {
        return organization.namesOf(ids);
    }

    private static MemberSummary summary(MemberView v) {
        return new MemberSummary(v.id(), v.fullName(), v.birthDate(), v.gender(), v.ethnicity(), v.cellId(), v.cellName(), v.kind(),
                v.standing(), v.education(), v.politicalTheory(), v.job());
    }
}
