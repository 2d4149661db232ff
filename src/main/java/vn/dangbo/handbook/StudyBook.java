package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.Standing;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.shared.VietnameseDates;
import vn.dangbo.shared.VietnameseText;
import vn.dangbo.shared.Viewer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Study campaigns (issue #4, item 3; party-work.md R18): the committee sets documents of the library
 * to study, for some cells or all, by a deadline; each member who must study marks it studied and
 * may hand in a reflection (text or a PDF/DOCX file). A member sees their own reflection only, a
 * cell secretary their cell's, the committee all. Who must study: the members on the rolls of the
 * assigned cells, less the standings set in {@code dangbo.study.excluded-standings} (by default the
 * exempt, who are not handbook users under R16). A campaign assigned elsewhere does not exist for
 * a viewer.
 */
@Service
@Transactional(readOnly = true)
public class StudyBook {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_DOCUMENTS = 20;
    static final int MAX_REFLECTION = 20_000;
    static final LocalDate EARLIEST_DEADLINE = LocalDate.of(2000, 1, 1);
    static final String FOLDER = "study";
    /** Reads the rolls for the campaign's own checks; what a viewer may see is decided here, not by the registry. */
    private static final Viewer ROLLS = new Viewer("hệ thống", Set.of(Viewer.ADMIN), null, null);

    private final StudyCampaigns campaigns;
    private final StudyRecords records;
    private final PartyDocuments documents;
    private final StoredFiles files;
    private final MemberRegistry registry;
    private final OrganizationDirectory organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Set<Standing> excluded;

    StudyBook(StudyCampaigns campaigns, StudyRecords records, PartyDocuments documents, StoredFiles files, MemberRegistry registry,
              OrganizationDirectory organization, ApplicationEventPublisher events, Clock clock,
              @Value("${dangbo.study.excluded-standings:EXEMPT}") Set<Standing> excluded) {
        this.campaigns = campaigns;
        this.records = records;
        this.documents = documents;
        this.files = files;
        this.registry = registry;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
        this.excluded = excluded.isEmpty() ? EnumSet.noneOf(Standing.class) : EnumSet.copyOf(excluded);
    }

    /** A reflection's file to send: where it is and the name and type to send it under. */
    public record ReflectionFile(Path path, String fileName, String contentType) {
    }

    public static boolean mayManage(Viewer viewer) {
        return viewer.seesAllCells();
    }

    public boolean isEmpty() {
        return campaigns.count() == 0;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading

    /** The campaigns the viewer sees: all for the committee, else those assigned to their cell; latest deadline first. */
    public List<StudyCampaignSummary> list(Viewer viewer) {
        List<StudyCampaign> visible = campaigns.findAllByOrderByDeadlineDescIdDesc().stream().filter(c -> sees(viewer, c)).toList();
        return summaries(viewer, visible);
    }

    /** For the member's handbook: campaigns they must study that are still open, or that they have not yet studied. */
    public List<StudyCampaignSummary> mine(Viewer viewer) {
        MemberView member = memberOf(viewer);
        if (member == null || !mustStudy(member)) {
            return List.of();
        }
        LocalDate today = today();
        List<StudyCampaign> assigned = campaigns.findAllByOrderByDeadlineDescIdDesc().stream()
                .filter(c -> c.assignedTo(member.cellId())).toList();
        Map<Long, StudyRecord> done = recordsOf(member.id(), assigned);
        return summaries(viewer, assigned.stream()
                .filter(c -> !c.getDeadline().isBefore(today) || !done.containsKey(c.getId()))
                .sorted(Comparator.comparing(StudyCampaign::getDeadline)).toList());
    }

    public StudyCampaignView campaign(Viewer viewer, long id) {
        return view(visible(viewer, id));
    }

    /** Whether the viewer is among those who must study this campaign. */
    public boolean mustStudy(Viewer viewer, long id) {
        StudyCampaign campaign = visible(viewer, id);
        MemberView member = memberOf(viewer);
        return member != null && mustStudy(member) && campaign.assignedTo(member.cellId());
    }

    /** The viewer's own mark and reflection, if they have marked the campaign studied. */
    public Optional<Reflection> own(Viewer viewer, long id) {
        visible(viewer, id);
        if (viewer.memberId() == null) {
            return Optional.empty();
        }
        return records.findByCampaignIdAndMemberId(id, viewer.memberId()).map(r -> reflection(id, r, names(List.of(r))));
    }

    /** The reflections the viewer may read: the committee all, a cell secretary their cell's, a member their own. */
    public List<Reflection> reflections(Viewer viewer, long id) {
        StudyCampaign campaign = visible(viewer, id);
        List<StudyRecord> found;
        if (viewer.seesAllCells()) {
            found = records.findByCampaignId(id);
        } else if (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null) {
            found = records.findByCampaignIdAndCellId(id, viewer.cellId());
        } else {
            return own(viewer, id).map(List::of).orElse(List.of());
        }
        Map<Long, MemberView> names = names(found);
        return found.stream().map(r -> reflection(campaign.getId(), r, names))
                .sorted(Comparator.comparing(Reflection::cellName, VietnameseText.collator())
                        .thenComparing(Reflection::fullName, VietnameseText.collator()))
                .toList();
    }

    public ReflectionFile reflectionFile(Viewer viewer, long id, long memberId) {
        visible(viewer, id);
        StudyRecord record = records.findByCampaignIdAndMemberId(id, memberId).orElseThrow(() -> StudyCampaignNotFound.forId(id));
        boolean allowed = viewer.seesAllCells()
                || (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null && viewer.cellId().equals(record.getCellId()))
                || (viewer.memberId() != null && viewer.memberId() == memberId);
        if (!allowed || record.getStoredName() == null) {
            throw StudyCampaignNotFound.forId(id);
        }
        return new ReflectionFile(files.path(FOLDER, record.getStoredName()), record.getFileName(), record.getContentType());
    }

    /**
     * The figure for the committee (the organization, per assigned cell, or one cell) or a cell
     * secretary (their own cell, whatever cell is asked for); members do not see others' progress.
     */
    public StudyProgress progress(Viewer viewer, long id, @Nullable Long requestedCell) {
        StudyCampaign campaign = visible(viewer, id);
        viewer.require(viewer.seesAllCells() || (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null));
        Long cell = viewer.seesAllCells() ? requestedCell : viewer.cellId();
        List<MemberView> expected = expected(campaign);
        if (cell != null) {
            long only = cell;
            expected = expected.stream().filter(m -> m.cellId() == only).toList();
        }
        Set<Long> studied = new HashSet<>(records.studiedBy(id));
        Map<Long, List<MemberView>> byCell = expected.stream()
                .collect(Collectors.groupingBy(MemberView::cellId, LinkedHashMap::new, Collectors.toList()));
        List<StudyProgress.CellLine> lines = new ArrayList<>();
        for (long cellId : assignedCells(campaign)) {
            if (cell != null && cellId != cell) {
                continue;
            }
            List<MemberView> inCell = byCell.getOrDefault(cellId, List.of());
            lines.add(new StudyProgress.CellLine(cellId, organization.unit(cellId).name(),
                    (int) inCell.stream().filter(m -> studied.contains(m.id())).count(), inCell.size()));
        }
        List<PendingMember> pending = expected.stream().filter(m -> !studied.contains(m.id()))
                .map(m -> new PendingMember(m.id(), m.fullName(), m.cellName())).toList();
        String scope = cell == null ? organization.committee().map(OrganizationUnit::name).orElse("") : organization.unit(cell).name();
        return new StudyProgress(scope, expected.size() - pending.size(), expected.size(), lines, pending);
    }

    // ---- the committee sets campaigns

    /** The documents a campaign may study (those every member may read), latest first. */
    public List<StudiedDocument> choosableDocuments(Viewer viewer) {
        viewer.require(mayManage(viewer));
        return documents.findFirst300ByVisibilityOrderByIssuedOnDescIdDesc(DocumentVisibility.ALL_MEMBERS).stream()
                .map(d -> d.toView(List.of())).map(d -> new StudiedDocument(d.id(), d.number(), d.title())).toList();
    }

    @Transactional
    public long open(Viewer viewer, StudyCampaignForm form) {
        viewer.require(mayManage(viewer));
        StudyCampaign campaign = campaigns.save(new StudyCampaign(check(form), Instant.now(clock), viewer.username()));
        campaigns.flush();
        checkCompletion(campaign);
        return campaign.getId();
    }

    @Transactional
    public void revise(Viewer viewer, long id, StudyCampaignForm form) {
        viewer.require(mayManage(viewer));
        StudyCampaign campaign = campaigns.findById(id).orElseThrow(() -> StudyCampaignNotFound.forId(id));
        campaign.revise(check(form), Instant.now(clock), viewer.username());
        campaigns.flush();
        checkCompletion(campaign);
    }

    // ---- members study

    /**
     * The viewer marks the campaign studied, with an optional reflection: text, a PDF/DOCX file, or
     * both. Marked once; later calls replace the reflection. Everything is checked before anything is kept.
     */
    @Transactional
    public void markStudied(Viewer viewer, long id, @Nullable String text, @Nullable String uploadedName, byte @Nullable [] content) {
        StudyCampaign campaign = visible(viewer, id);
        MemberView member = memberOf(viewer);
        if (member == null || !mustStudy(member) || !campaign.assignedTo(member.cellId())) {
            throw new HandbookException("Bạn không thuộc diện phải học tập trong đợt này.");
        }
        String reflection = block(text);
        if (reflection.length() > MAX_REFLECTION) {
            throw new HandbookException("Bài thu hoạch dài quá: tối đa " + thousands(MAX_REFLECTION)
                    + " ký tự (bài đã nhập có " + thousands(reflection.length()) + " ký tự). Bài dài hơn xin gửi dưới dạng tệp.");
        }
        boolean fileGiven = (content != null && content.length > 0) || (uploadedName != null && !uploadedName.isBlank());
        StoredFiles.Checked file = null;
        if (fileGiven) {
            if (uploadedName != null && (uploadedName.contains("/") || uploadedName.contains("\\") || uploadedName.matches("(?s).*\\p{Cntrl}.*"))) {
                throw new HandbookException("Tên tệp không được chứa đường dẫn hay ký tự điều khiển; hãy đổi tên tệp rồi gửi lại.");
            }
            file = StoredFiles.check(uploadedName, content);
        }
        Optional<StudyRecord> existing = records.findByCampaignIdAndMemberId(id, member.id());
        if (existing.isPresent() && reflection.isEmpty() && file == null) {
            throw new HandbookException("Bạn đã đánh dấu đã học tập đợt này; muốn cập nhật bài thu hoạch thì nhập nội dung hoặc chọn tệp.");
        }
        Instant now = Instant.now(clock);
        StudyRecord record = existing.orElseGet(() -> new StudyRecord(id, member.id(), member.cellId(), now));
        if (!reflection.isEmpty()) {
            record.writeReflection(reflection, now);
        }
        if (file != null) {
            String replaced = record.attach(file.name(), files.store(FOLDER, file), file.kind().contentType, file.content().length, now);
            if (replaced != null) {
                files.deleteAfterCommit(FOLDER, replaced);
            }
        }
        records.saveAndFlush(record);
        checkCompletion(campaign);
    }

    /**
     * The committee records a study a member did before the campaign was kept here (from the cell's
     * paper list), on the day it was done; a member already marked stays as they marked it.
     */
    @Transactional
    public boolean recordFromPaper(Viewer viewer, long id, long memberId, Instant studiedAt, @Nullable String text) {
        viewer.require(mayManage(viewer));
        StudyCampaign campaign = visible(viewer, id);
        MemberView member = registry.view(memberId, viewer);
        if (!mustStudy(member) || !campaign.assignedTo(member.cellId())) {
            throw new HandbookException("Đảng viên " + member.fullName() + " không thuộc diện phải học tập trong đợt này.");
        }
        String reflection = block(text);
        if (studiedAt.isAfter(Instant.now(clock)) || reflection.length() > MAX_REFLECTION) {
            throw new HandbookException("Ngày học tập không được sau hôm nay; bài thu hoạch tối đa " + thousands(MAX_REFLECTION) + " ký tự.");
        }
        if (records.findByCampaignIdAndMemberId(id, memberId).isPresent()) {
            return false;
        }
        StudyRecord record = new StudyRecord(id, memberId, member.cellId(), studiedAt);
        if (!reflection.isEmpty()) {
            record.writeReflection(reflection, studiedAt);
        }
        records.saveAndFlush(record);
        checkCompletion(campaign, LocalDate.ofInstant(studiedAt, clock.getZone()));
        return true;
    }

    // ---- for the reminder job

    /** The members who must study the campaign: on the rolls of its cells, less the excluded standings. */
    List<MemberView> expected(StudyCampaign campaign) {
        List<MemberView> found = new ArrayList<>();
        if (campaign.isAllCells()) {
            found.addAll(registry.all(MemberQuery.all(), ROLLS));
        } else {
            for (long cell : campaign.getCellIds()) {
                found.addAll(registry.all(new MemberQuery(null, cell, null, null, null, null, null, null, false), ROLLS));
            }
        }
        return found.stream().filter(this::mustStudy).toList();
    }

    /** Publishes {@link StudyCampaignCompleted} the first time everyone who must study has. */
    void checkCompletion(StudyCampaign campaign) {
        checkCompletion(campaign, today());
    }

    /** As above, on the day the last of them studied. */
    private void checkCompletion(StudyCampaign campaign, LocalDate on) {
        if (campaign.getCompletedOn() != null) {
            return;
        }
        List<MemberView> expected = expected(campaign);
        Set<Long> studied = new HashSet<>(records.studiedBy(campaign.getId()));
        if (!expected.isEmpty() && expected.stream().allMatch(m -> studied.contains(m.id())) && campaign.complete(on)) {
            StudyCampaignView view = view(campaign);
            events.publishEvent(new StudyCampaignCompleted(view.id(), view.title(), view.documents(), campaign.getCompletedOn()));
        }
    }

    // ---- inside

    private boolean mustStudy(MemberView member) {
        return member.standing().onRolls() && !excluded.contains(member.standing());
    }

    private @Nullable MemberView memberOf(Viewer viewer) {
        return viewer.memberId() == null ? null : registry.view(viewer.memberId(), ROLLS);
    }

    private boolean sees(Viewer viewer, StudyCampaign campaign) {
        if (viewer.seesAllCells()) {
            return true;
        }
        if (viewer.cellId() != null && campaign.assignedTo(viewer.cellId())) {
            return true;
        }
        MemberView member = memberOf(viewer);
        return member != null && campaign.assignedTo(member.cellId());
    }

    private StudyCampaign visible(Viewer viewer, long id) {
        StudyCampaign campaign = campaigns.findById(id).orElseThrow(() -> StudyCampaignNotFound.forId(id));
        if (!sees(viewer, campaign)) {
            throw StudyCampaignNotFound.forId(id);
        }
        return campaign;
    }

    /** The campaign's cells in the organization's order (a dissolved cell, if any, last). */
    private List<Long> assignedCells(StudyCampaign campaign) {
        List<Long> active = organization.activeCells().stream().map(OrganizationUnit::id).toList();
        if (campaign.isAllCells()) {
            return active;
        }
        List<Long> ordered = new ArrayList<>(active.stream().filter(campaign.getCellIds()::contains).toList());
        campaign.getCellIds().stream().filter(id -> !active.contains(id)).sorted().forEach(ordered::add);
        return ordered;
    }

    private List<StudyCampaignSummary> summaries(Viewer viewer, List<StudyCampaign> list) {
        MemberView member = memberOf(viewer);
        Map<Long, StudyRecord> mine = member == null ? Map.of() : recordsOf(member.id(), list);
        List<StudyCampaignSummary> result = new ArrayList<>();
        for (StudyCampaign c : list) {
            boolean must = member != null && mustStudy(member) && c.assignedTo(member.cellId());
            StudyRecord record = mine.get(c.getId());
            StudyCampaignSummary.Figure figure = null;
            if (viewer.seesAllCells() || (viewer.is(Viewer.CELL_SECRETARY) && viewer.cellId() != null)) {
                StudyProgress progress = progress(viewer, c.getId(), null);
                figure = new StudyCampaignSummary.Figure(progress.scopeName(), progress.studied(), progress.expected());
            }
            result.add(new StudyCampaignSummary(view(c), must, record == null ? null : record.getStudiedAt(),
                    record != null && (record.getReflectionText() != null || record.getStoredName() != null), figure));
        }
        return result;
    }

    private Map<Long, StudyRecord> recordsOf(long memberId, List<StudyCampaign> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return records.findByMemberIdAndCampaignIdIn(memberId, list.stream().map(StudyCampaign::getId).toList()).stream()
                .collect(Collectors.toMap(r -> r.getCampaignId(), Function.identity()));
    }

    private Map<Long, MemberView> names(List<StudyRecord> found) {
        Map<Long, MemberView> byId = new LinkedHashMap<>();
        for (StudyRecord r : found) {
            byId.computeIfAbsent(r.getMemberId(), memberId -> registry.view(memberId, ROLLS));
        }
        return byId;
    }

    private static Reflection reflection(long campaignId, StudyRecord r, Map<Long, MemberView> names) {
        MemberView m = names.get(r.getMemberId());
        return new Reflection(campaignId, r.getMemberId(), m.fullName(), m.cellName(), r.getStudiedAt(), r.getReflectionText(),
                r.getReflectionAt(), r.getFileName(), r.getSizeBytes());
    }

    StudyCampaignView view(StudyCampaign c) {
        Map<Long, PartyDocument> docs = documents.findAllById(c.getDocumentIds()).stream()
                .collect(Collectors.toMap(PartyDocument::getId, Function.identity()));
        List<StudiedDocument> studied = c.getDocumentIds().stream().map(docs::get).filter(java.util.Objects::nonNull)
                .map(d -> d.toView(List.of())).map(d -> new StudiedDocument(d.id(), d.number(), d.title())).toList();
        Map<Long, String> cellNames = organization.namesOf(assignedCells(c));
        List<StudyCampaignView.AssignedCell> cells = assignedCells(c).stream()
                .map(id -> new StudyCampaignView.AssignedCell(id, cellNames.getOrDefault(id, "?"))).toList();
        return new StudyCampaignView(c.getId(), c.getTitle(), c.getDescription(), studied, c.isAllCells(), cells, c.getDeadline(),
                c.getCompletedOn(), c.getUpdatedAt(), c.getUpdatedBy());
    }

    /** Cleans and checks what the committee entered; every problem in one Vietnamese message. */
    StudyCampaignInput check(StudyCampaignForm form) {
        List<String> problems = new ArrayList<>();
        String title = form.title() == null ? "" : VietnameseText.clean(form.title().replaceAll("\\p{Cntrl}", " "));
        String description = block(form.description());
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add("tên đợt học tập không được để trống, tối đa " + MAX_TITLE + " ký tự");
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add("nội dung, yêu cầu tối đa " + thousands(MAX_DESCRIPTION) + " ký tự");
        }
        List<Long> documentIds = List.copyOf(new LinkedHashSet<>(form.documentIds()));
        if (documentIds.isEmpty() || documentIds.size() > MAX_DOCUMENTS) {
            problems.add("chọn từ 1 đến " + MAX_DOCUMENTS + " văn bản để học tập");
        } else {
            Map<Long, PartyDocument> found = documents.findAllById(documentIds).stream()
                    .collect(Collectors.toMap(PartyDocument::getId, Function.identity()));
            if (found.size() != documentIds.size()) {
                problems.add("có văn bản đã chọn không có trong thư viện");
            } else if (found.values().stream().anyMatch(d -> d.getVisibility() != DocumentVisibility.ALL_MEMBERS)) {
                problems.add("chỉ chọn văn bản mà mọi đảng viên được xem (không chọn văn bản chỉ dành cho cấp ủy)");
            }
        }
        List<Long> cellIds = List.copyOf(new LinkedHashSet<>(form.cellIds()));
        if (!form.allCells()) {
            Set<Long> active = organization.activeCells().stream().map(OrganizationUnit::id).collect(Collectors.toSet());
            if (cellIds.isEmpty()) {
                problems.add("chọn ít nhất một chi bộ, hoặc toàn đảng bộ");
            } else if (!active.containsAll(cellIds)) {
                problems.add("chỉ giao cho chi bộ đang hoạt động");
            }
        }
        LocalDate latest = today().plusYears(3);
        if (form.deadline() == null || form.deadline().isBefore(EARLIEST_DEADLINE) || form.deadline().isAfter(latest)) {
            problems.add("hạn hoàn thành phải từ " + VietnameseDates.date(EARLIEST_DEADLINE) + " đến " + VietnameseDates.date(latest));
        }
        if (!problems.isEmpty()) {
            throw new HandbookException("Chưa lưu đợt học tập: " + String.join("; ", problems) + ".");
        }
        return new StudyCampaignInput(title, description, documentIds, form.allCells(), form.allCells() ? List.of() : cellIds,
                form.deadline());
    }

    private static String block(@Nullable String text) {
        return text == null ? "" : java.text.Normalizer.normalize(text.replace("\r\n", "\n"), java.text.Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}&&[^\n]]", " ").strip();
    }

    private static String thousands(int n) {
        return String.format("%,d", n).replace(',', '.');
    }
}
