package vn.dangbo.congress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.congress.ballotlog.BallotLogWriter;
import vn.dangbo.congress.ballotlog.HashChain;
import vn.dangbo.congress.counting.Ballot;
import vn.dangbo.congress.counting.Base;
import vn.dangbo.congress.counting.BallotOrder;
import vn.dangbo.congress.counting.Candidate;
import vn.dangbo.congress.counting.CandidateLists;
import vn.dangbo.congress.counting.CountResult;
import vn.dangbo.congress.counting.ElectionProgress;
import vn.dangbo.congress.counting.ElectionRules;
import vn.dangbo.congress.counting.Electorate;
import vn.dangbo.congress.counting.InconsistentCount;
import vn.dangbo.congress.counting.InvalidRound;
import vn.dangbo.congress.counting.Method;
import vn.dangbo.congress.counting.Percent;
import vn.dangbo.congress.counting.Round;
import vn.dangbo.congress.counting.ShowOfHands;
import vn.dangbo.congress.counting.Ruling;
import vn.dangbo.congress.counting.Tally;
import vn.dangbo.congress.counting.Tie;
import vn.dangbo.congress.counting.Validity;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberEventKind;
import vn.dangbo.members.MemberView;
import vn.dangbo.members.TimelineEntry;
import vn.dangbo.members.MembershipKind;
import vn.dangbo.members.Standing;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.organization.Position;
import vn.dangbo.shared.VietnameseText;
import vn.dangbo.shared.Viewer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Congresses and their elections around the counting engine: set-up, candidate lists checked by the
 * surplus rules, double entry of ballots by the counting board, rulings on doubtful ballots, results
 * by {@link Tally} and the ballot log that {@code recount} checks.
 *
 * <p>Who may do what: the committee and the administrator ({@link Viewer#managesMembers()}) set a
 * congress up, its board and its elections and open rounds. Only members of the congress's counting
 * board, through the account linked to their member record, enter ballots, rule on doubtful ones and
 * close a round (R13) — whatever their role; an administrator without a member record is not on a board.
 * No one edits an entry: a reading is corrected by a newer reading, an accepted ballot is final.
 * Everyone logged in reads results and ballot logs.
 */
@Service
@Transactional(readOnly = true)
public class CongressManagement {

    static final ElectionRules RULES = ElectionRules.DEFAULT;
    private static final Pattern PLAIN = Pattern.compile("[^<>{}\\p{Cntrl}]*");
    private static final int MAX_SEATS = 500;
    private static final int MAX_ISSUED = 100_000;

    private final Congresses congresses;
    private final Elections elections;
    private final ElectionRounds rounds;
    private final BallotDrafts drafts;
    private final BallotEntries entries;
    private final MemberRegistry registry;
    private final OrganizationDirectory organization;
    private final ShowOfHandsVotes votes;
    private final Nominations nominations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CongressManagement(Congresses congresses, Elections elections, ElectionRounds rounds, BallotDrafts drafts,
                       BallotEntries entries, MemberRegistry registry, OrganizationDirectory organization,
                       ShowOfHandsVotes votes, Nominations nominations, ApplicationEventPublisher events, Clock clock) {
        this.votes = votes;
        this.nominations = nominations;
        this.events = events;
        this.congresses = congresses;
        this.elections = elections;
        this.rounds = rounds;
        this.drafts = drafts;
        this.entries = entries;
        this.registry = registry;
        this.organization = organization;
        this.clock = clock;
    }

    // ---- congresses ----

    public List<CongressView> congresses() {
        return congresses.findAllByOrderByOpensOnDesc().stream().map(Congress::toView).toList();
    }

    public CongressViews.Details details(long congressId) {
        Congress congress = congress(congressId);
        List<CongressViews.Convened> convened = congress.convened().entrySet().stream()
                .map(e -> new CongressViews.Convened(e.getKey(), e.getValue().fullName(), e.getValue().status(), e.getValue().note()))
                .sorted(Comparator.comparing(CongressViews.Convened::fullName, VietnameseText.collator()::compare))
                .toList();
        int present = (int) convened.stream().filter(c -> c.status().present()).count();
        List<CongressViews.ElectionSummary> summaries = elections.findByCongressIdOrderByIdAsc(congressId).stream()
                .map(e -> new CongressViews.ElectionSummary(e.getId(), e.getKind(), e.getTitle(), e.getSeats(),
                        e.getCandidates().size(), rounds.findByElectionIdOrderByNumberAsc(e.getId()).size(),
                        e.approval().isPresent()))
                .toList();
        return new CongressViews.Details(congress.toView(), convened, present, Base.of(congress.electorate(), RULES),
                Set.copyOf(congress.board()), summaries,
                votes.findByCongressIdOrderByIdAsc(congressId).stream().map(ShowOfHandsVote::toView).toList());
    }

    /**
     * Sets up a congress of the organization. A members' congress convenes every member on the rolls
     * who was official on its opening day (probationary members do not vote, R5; a congress entered
     * after the fact does not convene those admitted since); those temporarily transferred away and the
     * exempt start as such, everyone else as present, until the credentials board records otherwise.
     */
    private static boolean officialOn(MemberView member, LocalDate day) {
        return member.kind() == MembershipKind.OFFICIAL && member.officialOn() != null && !member.officialOn().isAfter(day);
    }

    /**
     * Where a member stood on a past day, replayed from the dated steps of their timeline. Without a
     * step on or before the day, the first later step says where they stood before it; a member with
     * no steps at all (imported as they stand) is taken as they stand today.
     */
    private Standing standingOn(MemberView member, LocalDate day, Viewer actor) {
        List<TimelineEntry> steps = new ArrayList<>(registry.timeline(member.id(), actor));
        steps.sort(Comparator.comparing(TimelineEntry::occurredOn));
        Standing standing = null;
        Standing beforeFirstLater = null;
        for (TimelineEntry step : steps) {
            Optional<Standing> after = standingAfter(step.kind());
            if (after.isEmpty()) {
                continue;
            }
            if (!step.occurredOn().isAfter(day)) {
                standing = after.get();
            } else if (beforeFirstLater == null) {
                beforeFirstLater = standingBefore(step.kind());
            }
        }
        return standing != null ? standing : beforeFirstLater != null ? beforeFirstLater : member.standing();
    }

    private static Optional<Standing> standingAfter(MemberEventKind kind) {
        return Optional.ofNullable(switch (kind) {
            case ADMITTED, TRANSFERRED_IN, RETURNED, EXEMPTION_ENDED -> Standing.ACTIVE;
            case ATTACHED_TEMPORARILY -> Standing.ATTACHED_TEMPORARILY;
            case TRANSFERRED_OUT -> Standing.TRANSFERRED_OUT;
            case TRANSFERRED_OUT_TEMPORARILY -> Standing.AWAY_TEMPORARILY;
            case EXEMPTED -> Standing.EXEMPT;
            case REMOVED -> Standing.REMOVED;
            case DIED -> Standing.DECEASED;
            case EXPELLED -> Standing.EXPELLED;
            case RECOGNIZED, CELL_MERGED, IMPORTED, DISCIPLINED -> null;
        });
    }

    /** Where a step leaves from: an admission or arrival from outside the rolls, a return from away, the rest from active. */
    private static Standing standingBefore(MemberEventKind kind) {
        return switch (kind) {
            case ADMITTED, TRANSFERRED_IN, ATTACHED_TEMPORARILY -> Standing.TRANSFERRED_OUT;
            case RETURNED -> Standing.AWAY_TEMPORARILY;
            case EXEMPTION_ENDED -> Standing.EXEMPT;
            default -> Standing.ACTIVE;
        };
    }

    @Transactional
    public long createCongress(NewCongress command, Viewer actor) {
        requireManager(actor);
        OrganizationUnit committee = organization.committee()
                .orElseThrow(() -> new CongressException("Chưa có đảng bộ để tổ chức đại hội."));
        String name = text(command.name(), 300, "Tên đại hội");
        String term = text(command.termLabel(), 30, "Nhiệm kỳ");
        if (command.ordinal() < 1 || command.ordinal() > 100) {
            throw new CongressException("Đại hội lần thứ phải từ 1 đến 100.");
        }
        if (command.closesOn().isBefore(command.opensOn())) {
            throw new CongressException("Ngày bế mạc không được trước ngày khai mạc.");
        }
        Congress congress = new Congress(committee.id(), command.kind(), command.ordinal(), name, term,
                command.opensOn(), command.closesOn(), Instant.now(clock));
        if (command.kind() == CongressKind.MEMBERS) {
            LocalDate day = command.opensOn();
            boolean past = day.isBefore(LocalDate.now(clock));
            // A congress entered after the fact convenes the rolls of its opening day: those who left
            // since are read back from their timelines, the rest as they stand today.
            MemberQuery query = past ? new MemberQuery(null, null, null, null, null, null, null, null, true) : MemberQuery.all();
            for (MemberView member : registry.all(query, actor)) {
                Standing standing = past ? standingOn(member, day, actor) : member.standing();
                if (officialOn(member, day) && standing.onRolls()) {
                    congress.convene(member.id(), member.fullName(), initialStatus(standing));
                }
            }
        }
        return congresses.save(congress).getId();
    }

    private static ConvenedStatus initialStatus(Standing standing) {
        return switch (standing) {
            case AWAY_TEMPORARILY -> ConvenedStatus.TRANSFERRED;
            case EXEMPT -> ConvenedStatus.EXEMPT_ABSENT;
            default -> ConvenedStatus.PRESENT;
        };
    }

    /** Adds a delegate (or a member) to those convened, present until recorded otherwise. */
    @Transactional
    public void convene(long congressId, long memberId, Viewer actor) {
        requireManager(actor);
        Congress congress = congress(congressId);
        MemberView member = registry.view(memberId, actor);
        if (member.kind() != MembershipKind.OFFICIAL || !member.standing().onRolls()) {
            throw new CongressException("Chỉ đảng viên chính thức đang sinh hoạt mới được triệu tập để bầu cử.");
        }
        congress.convene(memberId, member.fullName(), ConvenedStatus.PRESENT);
    }

    /** Records attendance or the reason someone convened is out of the vote (R16, R17). */
    @Transactional
    public void setStatus(long congressId, long memberId, ConvenedStatus status, String note, Viewer actor) {
        requireManager(actor);
        String cleanNote = note.isBlank() ? "" : text(note, 300, "Ghi chú");
        congress(congressId).setStatus(memberId, status, cleanNote);
    }

    /** The counting board approved by show of hands: at least two present members, to enter twice (R13). */
    @Transactional
    public void setBoard(long congressId, Collection<Long> memberIds, Viewer actor) {
        requireManager(actor);
        Congress congress = congress(congressId);
        Set<Long> board = new LinkedHashSet<>(memberIds);
        if (board.size() < 2) {
            throw new CongressException("Ban kiểm phiếu cần ít nhất hai người để nhập phiếu hai lần.");
        }
        for (Long id : board) {
            Congress.Convened c = congress.convened().get(id);
            if (c == null || !c.status().present()) {
                throw new CongressException("Thành viên Ban kiểm phiếu phải là người có mặt trong danh sách triệu tập.");
            }
        }
        congress.setBoard(board);
    }

    // ---- elections ----

    /** Puts a list to the vote after checking it by the surplus rules (R6–R8); names in ballot order (R9). */
    @Transactional
    public long createElection(long congressId, NewElection command, Viewer actor) {
        requireManager(actor);
        Congress congress = congress(congressId);
        String title = text(command.title(), 300, "Tên cuộc bầu cử");
        if (command.seats() < 1 || command.seats() > MAX_SEATS) {
            throw new CongressException("Số cần bầu phải từ 1 đến " + MAX_SEATS + ".");
        }
        Integer body = null;
        if (!command.kind().byCongress()) {
            if (command.bodyMembers() == null || command.bodyMembers() < 1 || command.bodyMembers() > MAX_SEATS) {
                throw new CongressException("Cần ghi số ủy viên đương nhiệm của cơ quan bầu (từ 1 đến " + MAX_SEATS + ").");
            }
            body = command.bodyMembers();
        }
        Set<Long> ids = new LinkedHashSet<>(command.candidateMemberIds());
        if (ids.size() != command.candidateMemberIds().size()) {
            throw new CongressException("Một người có tên hai lần trong danh sách bầu cử.");
        }
        List<Candidate> named = new ArrayList<>();
        for (Long id : ids) {
            Congress.Convened c = congress.convened().get(id);
            if (c == null) {
                throw new CongressException("Người ứng cử phải có trong danh sách triệu tập của đại hội.");
            }
            named.add(new Candidate(String.valueOf(id), c.fullName()));
        }
        CandidateLists.ListCheck check = CandidateLists.check(command.kind().post(), command.seats(), named.size(), RULES);
        if (!check.acceptable()) {
            throw new CongressException(String.join(" ", check.problems()));
        }
        List<Election.Listed> listed = new ArrayList<>();
        List<Candidate> ordered = BallotOrder.sort(named, RULES);
        for (int i = 0; i < ordered.size(); i++) {
            listed.add(new Election.Listed("c" + (i + 1), Long.valueOf(ordered.get(i).id()), ordered.get(i).name()));
        }
        return elections.save(new Election(congressId, command.kind(), title, command.seats(), body, listed,
                Instant.now(clock))).getId();
    }

    public CongressViews.Election election(long congressId, long electionId) {
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        List<CongressViews.RoundSummary> summaries = rounds.findByElectionIdOrderByNumberAsc(electionId).stream()
                .map(r -> summary(election, r)).toList();
        Optional<ElectionProgress> progress = progress(congress, election);
        boolean complete = progress.isPresent() && progress.get().pendingTie().isEmpty();
        return new CongressViews.Election(election.getId(), congressId, congress.toView().name(), election.getKind(),
                election.getTitle(), election.getSeats(), candidates(election, codes(election)),
                CandidateLists.check(election.getKind().post(), election.getSeats(), election.getCandidates().size(), RULES),
                Base.of(electorate(congress, election), RULES), summaries,
                nominations.findByElectionIdOrderByIdAsc(electionId).stream().map(Nomination::toView).toList(),
                opinionBallotBase(congress, election), election.approval(), complete,
                progress.map(p -> electedMembers(election, p)).orElse(List.of()));
    }

    /**
     * Opens the next round with the ballots issued: the first on the whole list; after a tie, a
     * re-vote among the tied for the tied seats (R20); after too few passed, the open seats on the
     * names not elected (R21). Every round of an election keeps the base N it opened with.
     */
    @Transactional
    public int openRound(long congressId, long electionId, int issued, Viewer actor) {
        requireManager(actor);
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        List<ElectionRound> before = rounds.findByElectionIdOrderByNumberAsc(electionId);
        Electorate electorate = before.isEmpty() ? electorate(congress, election) : before.getFirst().electorate();
        if (issued < 0 || issued > Math.min(MAX_ISSUED, electorate.convened())) {
            throw new CongressException("Số phiếu phát ra phải từ 0 đến " + electorate.convened() + " (số được triệu tập).");
        }
        ElectionProgress progress = new ElectionProgress(election.getSeats(), List.of());
        for (ElectionRound r : before) {
            if (!r.counted()) {
                throw new CongressException("Vòng " + r.getNumber() + " chưa kiểm phiếu xong.");
            }
            progress = progress.then(count(congress, election, r));
        }
        List<String> codes;
        int seats;
        Round.Kind kind;
        Optional<Tie> tie = progress.pendingTie();
        if (before.isEmpty()) {
            CandidateLists.ListCheck check = CandidateLists.check(election.getKind().post(), election.getSeats(),
                    election.getCandidates().size(), RULES);
            if (!check.acceptable()) {
                throw new CongressException(String.join(" ", check.problems()));
            }
            codes = codes(election);
            seats = election.getSeats();
            kind = Round.Kind.REGULAR;
        } else if (tie.isPresent()) {
            codes = tie.get().candidates();
            seats = tie.get().seats();
            kind = Round.Kind.TIE_REVOTE;
        } else {
            Set<String> elected = new HashSet<>(progress.elected());
            codes = codes(election).stream().filter(c -> !elected.contains(c)).toList();
            seats = progress.openSeats();
            kind = Round.Kind.REGULAR;
        }
        if (seats == 0) {
            throw new CongressException("Đã bầu đủ số lượng, không cần vòng bầu tiếp theo.");
        }
        if (codes.size() < seats) {
            throw new CongressException("Danh sách còn " + codes.size() + " người, ít hơn " + seats + " chỗ còn trống.");
        }
        Method method = codes.size() > seats ? Method.STRIKE_OUT : Method.AGREE_DISAGREE;
        int number = before.size() + 1;
        ElectionRound round = new ElectionRound(electionId, number, kind, seats, method, issued, electorate, codes, Instant.now(clock));
        try {
            progress.checkNextRound(engineRound(congress, election, round, List.of()), RULES);
        } catch (InvalidRound e) {
            throw new CongressException(e.getMessage());
        }
        rounds.save(round);
        return number;
    }

    // ---- double entry ----

    public CongressViews.Entry entry(long congressId, long electionId, int number) {
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        ElectionRound round = round(election, number);
        Map<Integer, BallotEntry> accepted = entries.findByRoundIdOrderBySeqAsc(round.getId()).stream()
                .collect(Collectors.toMap(BallotEntry::getSheet, e -> e));
        Map<Integer, List<BallotDraft>> bySheet = new TreeMap<>();
        for (BallotDraft d : drafts.findByRoundIdOrderByIdAsc(round.getId())) {
            bySheet.computeIfAbsent(d.getSheet(), s -> new ArrayList<>()).add(d);
        }
        List<CongressViews.Sheet> sheets = new ArrayList<>();
        bySheet.forEach((sheet, readings) -> {
            List<BallotDraft> latest = latest(readings);
            CongressViews.SheetState state = accepted.containsKey(sheet) ? CongressViews.SheetState.ACCEPTED : state(latest);
            sheets.add(new CongressViews.Sheet(sheet, state, latest.stream().map(d -> new CongressViews.Reading(
                    d.getEntrantMemberId(), nameOf(congress, d.getEntrantMemberId()), d.getBallot().entered(d.isDoubtful()))).toList()));
        });
        String head = accepted.isEmpty() ? HashChain.start(round.logId(congressId)).head()
                : entries.findTopByRoundIdOrderBySeqDesc(round.getId()).orElseThrow().getHash();
        return new CongressViews.Entry(summary(election, round), sheets, head);
    }

    /**
     * One board member's reading of one ballot sheet. When at least two members' newest readings of
     * the sheet agree, the ballot is accepted and appended to the chain, unless they marked it
     * doubtful: then it waits for the board's ruling. Readings that differ are listed until a newer
     * reading makes them agree.
     */
    @Transactional
    public CongressViews.SheetState enter(long congressId, long electionId, int number, int sheet, EnteredBallot ballot, Viewer actor) {
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        long entrant = requireBoardMember(congress, election, actor);
        ElectionRound round = lockedOpenRound(election, number);
        if (sheet < 1 || sheet > round.getIssued()) {
            throw new CongressException("Số thứ tự phiếu phải từ 1 đến " + round.getIssued() + " (số phiếu phát ra).");
        }
        if (entries.findByRoundIdAndSheet(round.getId(), sheet).isPresent()) {
            throw new CongressException("Phiếu số " + sheet + " đã được chấp nhận vào nhật ký phiếu; không ai sửa được phiếu đã chấp nhận.");
        }
        for (String name : ballot.written()) {
            if (name.length() > 200 || !PLAIN.matcher(name).matches()) {
                throw new CongressException("Tên ghi thêm tối đa 200 ký tự, không chứa < > { } hay xuống dòng.");
            }
        }
        if (ballot.written().size() > 20) {
            throw new CongressException("Tối đa 20 tên ghi thêm trên một phiếu.");
        }
        try {
            engineRound(congress, election, round, List.of(ballot.toBallot(Optional.empty())));
        } catch (InvalidRound e) {
            throw new CongressException(e.getMessage().replaceFirst("^Phiếu 1: ", "Phiếu số " + sheet + ": "));
        }
        drafts.save(new BallotDraft(round.getId(), sheet, entrant, StoredBallot.of(ballot, round.codes()),
                ballot.doubtful(), Instant.now(clock)));
        List<BallotDraft> latest = latest(drafts.findByRoundIdAndSheetOrderByIdAsc(round.getId(), sheet));
        CongressViews.SheetState state = state(latest);
        if (state == CongressViews.SheetState.ACCEPTED) {
            append(congress, round, sheet, latest.getFirst().getBallot(), Optional.empty());
        }
        return state;
    }

    /** The board's ruling on a doubtful ballot both readers agree on, with its reason (§2 row 10, Q2). */
    @Transactional
    public void rule(long congressId, long electionId, int number, int sheet, Ruling.Verdict verdict, String reason, Viewer actor) {
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        requireBoardMember(congress, election, actor);
        ElectionRound round = lockedOpenRound(election, number);
        String cleanReason = text(reason, 500, "Lý do");
        if (entries.findByRoundIdAndSheet(round.getId(), sheet).isPresent()) {
            throw new CongressException("Phiếu số " + sheet + " đã được chấp nhận; không sửa được.");
        }
        List<BallotDraft> latest = latest(drafts.findByRoundIdAndSheetOrderByIdAsc(round.getId(), sheet));
        if (state(latest) != CongressViews.SheetState.AWAITING_RULING) {
            throw new CongressException("Phiếu số " + sheet + " không phải phiếu nghi vấn đã được hai người nhập khớp nhau.");
        }
        append(congress, round, sheet, latest.getFirst().getBallot(), Optional.of(new Ruling(verdict, cleanReason)));
    }

    /** Ends the count of a round once every sheet read is accepted; the result is the engine's. */
    @Transactional
    public CountResult close(long congressId, long electionId, int number, Viewer actor) {
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        requireBoardMember(congress, election, actor);
        ElectionRound round = lockedOpenRound(election, number);
        CongressViews.Entry entry = entry(congressId, electionId, number);
        long open = entry.sheets().stream().filter(s -> s.state() != CongressViews.SheetState.ACCEPTED).count();
        if (open > 0) {
            throw new CongressException("Còn " + open + " phiếu chưa được chấp nhận (chưa nhập đủ hai lần, chưa khớp hoặc chưa có phán quyết).");
        }
        CountResult result;
        try {
            result = count(congress, election, round);
        } catch (InconsistentCount e) {
            throw new CongressException(e.getMessage());
        }
        round.close(Instant.now(clock));
        return result;
    }

    // ---- results ----

    /** The result of a counted round, by the engine, from the accepted entries. */
    public Optional<CountResult> result(long congressId, long electionId, int number) {
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        ElectionRound round = round(election, number);
        return round.counted() ? Optional.of(count(congress, election, round)) : Optional.empty();
    }

    /** The board's rulings on the doubtful ballots of a round, in ballot-log order. */
    public List<CongressViews.RuledBallot> rulings(long congressId, long electionId, int number) {
        Congress congress = congress(congressId);
        ElectionRound round = round(election(congress, electionId), number);
        List<CongressViews.RuledBallot> ruled = new ArrayList<>();
        for (BallotEntry entry : entries.findByRoundIdOrderBySeqAsc(round.getId())) {
            entry.ruling().ifPresent(ruling -> ruled.add(new CongressViews.RuledBallot(entry.getSeq(), ruling,
                    Validity.of(entry.toBallot(), round.getSeats()))));
        }
        return ruled;
    }

    /** The ballot log of a counted round (ballot-log.md), after checking the stored chain. */
    public String ballotLog(long congressId, long electionId, int number) {
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        ElectionRound round = round(election, number);
        if (!round.counted()) {
            throw new CongressException("Vòng " + number + " chưa kiểm phiếu xong; nhật ký phiếu có khi kết thúc kiểm phiếu.");
        }
        return BallotLogWriter.write(engineRound(congress, election, round, verifiedBallots(congress, round)),
                election.getTitle() + (round.getNumber() > 1 ? " – vòng " + round.getNumber() : ""), election.getKind().name());
    }

    // ---- show of hands (R4, R24) ----

    /**
     * Records a show of hands on the congress's base N: a body chosen from those present (presidium,
     * secretariat, credentials board, counting board) or an item adopted. Adopted iff for × 2 > N. A
     * counting board adopted this way becomes the board that enters the ballots (R13).
     */
    @Transactional
    public boolean recordShowOfHands(long congressId, ShowOfHandsKind kind, String title, List<Long> memberIds,
                                     int inFavour, int against, int abstain, Viewer actor) {
        requireManager(actor);
        Congress congress = congress(congressId);
        String cleanTitle = text(title, 300, "Nội dung biểu quyết");
        Set<Long> chosen = new LinkedHashSet<>(memberIds);
        List<ShowOfHandsVote.Chosen> people = new ArrayList<>();
        if (kind.choosesPeople()) {
            if (chosen.isEmpty()) {
                throw new CongressException("Cần chọn ít nhất một người được giới thiệu vào " + cleanTitle + ".");
            }
            if (kind == ShowOfHandsKind.COUNTING_BOARD && chosen.size() < 2) {
                throw new CongressException("Ban kiểm phiếu cần ít nhất hai người để nhập phiếu hai lần.");
            }
            for (Long id : chosen) {
                Congress.Convened c = congress.convened().get(id);
                if (c == null || !c.status().present()) {
                    throw new CongressException("Người được giới thiệu phải là người có mặt trong danh sách triệu tập.");
                }
                people.add(new ShowOfHandsVote.Chosen(id, c.fullName()));
            }
        } else if (!chosen.isEmpty()) {
            throw new CongressException("Biểu quyết thông qua một nội dung không chọn người.");
        }
        ShowOfHands count;
        try {
            count = new ShowOfHands(Base.of(congress.electorate(), RULES).value(), inFavour, against, abstain);
        } catch (InvalidRound | InconsistentCount e) {
            throw new CongressException(e.getMessage());
        }
        votes.save(new ShowOfHandsVote(congressId, kind, cleanTitle, count, people, Instant.now(clock), actor.username()));
        if (kind == ShowOfHandsKind.COUNTING_BOARD && count.adopted()) {
            congress.setBoard(chosen);
        }
        return count.adopted();
    }

    // ---- nominations through the opinion ballot (R8) ----

    /**
     * A floor or self nomination and the agree count of its secret opinion ballot. The nominee joins
     * the list only with MORE than 30 % of those present agreeing (agree × 10 > 3 × present); the base
     * is those present at the congress (the body's incumbents at a conference). Only before the first round.
     *
     * @return the outcome, a Vietnamese sentence for the page
     */
    @Transactional
    public String nominate(long congressId, long electionId, long memberId, NominationSource source, int agree, Viewer actor) {
        requireManager(actor);
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        if (!rounds.findByElectionIdOrderByNumberAsc(electionId).isEmpty()) {
            throw new CongressException("Cuộc bầu đã mở vòng bầu; không nhận thêm đề cử.");
        }
        Congress.Convened nominee = congress.convened().get(memberId);
        if (nominee == null) {
            throw new CongressException("Người được đề cử phải là đảng viên chính thức có trong danh sách triệu tập.");
        }
        if (election.getCandidates().stream().anyMatch(l -> l.memberId() == memberId)) {
            throw new CongressException("Đồng chí " + nominee.fullName() + " đã có tên trong danh sách bầu cử.");
        }
        if (nominations.findByElectionIdOrderByIdAsc(electionId).stream().anyMatch(n -> n.getMemberId() == memberId)) {
            throw new CongressException("Đồng chí " + nominee.fullName() + " đã được lấy phiếu xin ý kiến cho cuộc bầu này.");
        }
        int present = opinionBallotBase(congress, election);
        boolean admitted;
        try {
            admitted = CandidateLists.opinionBallotAdmits(agree, present);
        } catch (InvalidRound e) {
            throw new CongressException("Số phiếu đồng ý phải từ 0 đến " + present + " (số có mặt).");
        }
        nominations.save(new Nomination(electionId, memberId, nominee.fullName(), source, present, agree, admitted,
                Instant.now(clock), actor.username()));
        String share = Percent.of(agree, present).replace('.', ',') + "%";
        String who = "Đồng chí " + nominee.fullName() + " được " + agree + "/" + present + " đại biểu có mặt đồng ý (" + share + ")";
        if (!admitted) {
            return who + ", không quá 30% số có mặt: không được bổ sung vào danh sách bầu cử.";
        }
        List<Candidate> named = new ArrayList<>(election.getCandidates().stream()
                .map(l -> new Candidate(String.valueOf(l.memberId()), l.fullName())).toList());
        named.add(new Candidate(String.valueOf(memberId), nominee.fullName()));
        List<Candidate> ordered = BallotOrder.sort(named, RULES);
        List<Election.Listed> listed = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            listed.add(new Election.Listed("c" + (i + 1), Long.valueOf(ordered.get(i).id()), ordered.get(i).name()));
        }
        election.relist(listed);
        CandidateLists.Merge merge = CandidateLists.merge(election.getKind().post(), election.getSeats(), named.size() - 1, 1, RULES);
        if (merge.step() == CandidateLists.MergeStep.CONGRESS_POLLED_TO_CUT) {
            return who + ", quá 30% số có mặt: được bổ sung vào danh sách. Danh sách nay có " + merge.names()
                    + " người, vượt mức tối đa " + merge.maxNames() + ": đại hội phải thăm dò để rút bớt trước khi bầu.";
        }
        return who + ", quá 30% số có mặt: được bổ sung vào danh sách bầu cử (" + merge.names() + " người).";
    }

    /**
     * Takes a name off the list before the first round, as the congress voted by show of hands (R4:
     * withdrawals; R8: cutting a list the nominees pushed above the cap). The rest keep ballot order.
     */
    @Transactional
    public void withdraw(long congressId, long electionId, long memberId, Viewer actor) {
        requireManager(actor);
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        if (!rounds.findByElectionIdOrderByNumberAsc(electionId).isEmpty()) {
            throw new CongressException("Cuộc bầu đã mở vòng bầu; không rút tên khỏi danh sách được nữa.");
        }
        List<Election.Listed> rest = election.getCandidates().stream().filter(l -> l.memberId() != memberId).toList();
        if (rest.size() == election.getCandidates().size()) {
            throw new CongressException("Người này không có tên trong danh sách bầu cử.");
        }
        if (rest.size() < election.getSeats()) {
            throw new CongressException("Rút tên thì danh sách còn " + rest.size() + " người, ít hơn số cần bầu ("
                    + election.getSeats() + ").");
        }
        List<Election.Listed> relisted = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            relisted.add(new Election.Listed("c" + (i + 1), rest.get(i).memberId(), rest.get(i).fullName()));
        }
        election.relist(relisted);
    }

    /** Who the opinion ballot counts on (R8): those present at the congress, or the body's incumbents at its conference. */
    private static int opinionBallotBase(Congress congress, Election election) {
        if (!election.getKind().byCongress() && election.getBodyMembers() != null) {
            return election.getBodyMembers();
        }
        return (int) congress.convened().values().stream().filter(c -> c.status().present()).count();
    }

    // ---- approval (R26) ----

    /**
     * Records the higher committee's approval of an election's results once every round is counted and
     * no tie waits for a re-vote. The organization's positions for the term are set from the approved
     * results and {@link ElectionResultsApproved} tells the other modules, in the same transaction.
     */
    @Transactional
    public void approve(long congressId, long electionId, Approval approval, Viewer actor) {
        if (!actor.is(Viewer.COMMITTEE) && !actor.is(Viewer.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ Đảng ủy mới ghi việc chuẩn y kết quả bầu cử.");
        }
        Congress congress = congress(congressId);
        Election election = election(congress, electionId);
        String number = text(approval.decisionNumber(), 60, "Số quyết định chuẩn y");
        String body = text(approval.body(), 300, "Cấp ủy chuẩn y");
        CongressView view = congress.toView();
        if (approval.decidedOn().isBefore(view.opensOn()) || approval.decidedOn().isAfter(LocalDate.now(clock))) {
            throw new CongressException("Ngày quyết định chuẩn y phải từ ngày khai mạc đại hội đến hôm nay.");
        }
        ElectionProgress progress = progress(congress, election)
                .orElseThrow(() -> new CongressException("Cuộc bầu chưa kiểm phiếu xong vòng nào; chưa có kết quả để chuẩn y."));
        if (progress.pendingTie().isPresent()) {
            throw new CongressException("Còn người bằng phiếu ở chỗ cuối; phải bầu lại trước khi chuẩn y.");
        }
        Approval clean = new Approval(number, approval.decidedOn(), body);
        election.approve(clean, Instant.now(clock), actor.username());
        List<CongressViews.ElectedMember> elected = electedMembers(election, progress);
        positionOf(election.getKind()).ifPresent(position -> organization.installElected(view.organizationId(), position,
                view.termLabel(), elected.stream().map(CongressViews.ElectedMember::memberId).toList(), view.closesOn()));
        List<ElectionResultsApproved.Elected> announced = new ArrayList<>();
        for (int i = 0; i < elected.size(); i++) {
            announced.add(new ElectionResultsApproved.Elected(elected.get(i).memberId(), elected.get(i).fullName(),
                    election.getKind(), i + 1));
        }
        events.publishEvent(new ElectionResultsApproved(congressId, view.name(), electionId, election.getKind(),
                election.getTitle(), view.termLabel(), announced, clean));
    }

    /** The organization's position an election fills; delegates to the higher congress hold none. */
    static Optional<Position> positionOf(ElectionKind kind) {
        return Optional.ofNullable(switch (kind) {
            case EXECUTIVE_COMMITTEE -> Position.COMMITTEE_MEMBER;
            case STANDING_COMMITTEE -> Position.STANDING_COMMITTEE_MEMBER;
            case SECRETARY -> Position.SECRETARY;
            case DEPUTY_SECRETARY -> Position.DEPUTY_SECRETARY;
            case INSPECTION_COMMITTEE -> Position.INSPECTION_COMMITTEE_MEMBER;
            case INSPECTION_CHAIR -> Position.INSPECTION_CHAIR;
            case DELEGATE, ALTERNATE_DELEGATE -> null;
        });
    }

    /** The rounds counted so far, or empty while there is none or one is still being counted. */
    private Optional<ElectionProgress> progress(Congress congress, Election election) {
        List<ElectionRound> all = rounds.findByElectionIdOrderByNumberAsc(election.getId());
        if (all.isEmpty() || all.stream().anyMatch(r -> !r.counted())) {
            return Optional.empty();
        }
        ElectionProgress progress = new ElectionProgress(election.getSeats(), List.of());
        for (ElectionRound r : all) {
            progress = progress.then(count(congress, election, r));
        }
        return Optional.of(progress);
    }

    private static List<CongressViews.ElectedMember> electedMembers(Election election, ElectionProgress progress) {
        Map<String, Election.Listed> byCode = election.getCandidates().stream()
                .collect(Collectors.toMap(Election.Listed::code, l -> l));
        List<CongressViews.ElectedMember> elected = new ArrayList<>();
        for (CountResult round : progress.rounds()) {
            for (String code : round.elected()) {
                Election.Listed listed = byCode.get(code);
                var tally = round.candidate(code).orElseThrow();
                elected.add(new CongressViews.ElectedMember(listed.memberId(), listed.fullName(), round.round(),
                        tally.votes(), tally.percentOfBase()));
            }
        }
        return elected;
    }

    // ---- internals ----

    private CountResult count(Congress congress, Election election, ElectionRound round) {
        return Tally.count(RULES, engineRound(congress, election, round, verifiedBallots(congress, round)));
    }

    /** The accepted ballots in chain order; refuses a stored chain that does not recompute (tampering). */
    private List<Ballot> verifiedBallots(Congress congress, ElectionRound round) {
        HashChain chain = HashChain.start(round.logId(congress.getId()));
        List<Ballot> ballots = new ArrayList<>();
        for (BallotEntry entry : entries.findByRoundIdOrderBySeqAsc(round.getId())) {
            Ballot ballot = entry.toBallot();
            if (!chain.append(BallotLogWriter.canonical(ballot)).equals(entry.getHash())) {
                throw new IllegalStateException("ballot chain of round " + round.getId() + " broken at seq " + entry.getSeq());
            }
            ballots.add(ballot);
        }
        return ballots;
    }

    private void append(Congress congress, ElectionRound round, int sheet, StoredBallot ballot, Optional<Ruling> ruling) {
        Optional<BallotEntry> last = entries.findTopByRoundIdOrderBySeqDesc(round.getId());
        String head = last.map(BallotEntry::getHash).orElseGet(() -> HashChain.start(round.logId(congress.getId())).head());
        String hash = HashChain.resume(head).append(BallotLogWriter.canonical(ballot.entered(false).toBallot(ruling)));
        entries.save(new BallotEntry(round.getId(), last.map(BallotEntry::getSeq).orElse(0) + 1, sheet, ballot, ruling,
                hash, Instant.now(clock)));
    }

    /** Each board member's newest reading of a sheet, in the order the members first read it. */
    private static List<BallotDraft> latest(List<BallotDraft> readings) {
        Map<Long, BallotDraft> byEntrant = new LinkedHashMap<>();
        for (BallotDraft d : readings) {
            byEntrant.put(d.getEntrantMemberId(), d);
        }
        return List.copyOf(byEntrant.values());
    }

    private static CongressViews.SheetState state(List<BallotDraft> latest) {
        if (latest.size() < 2) {
            return CongressViews.SheetState.WAITING_SECOND;
        }
        if (!latest.stream().allMatch(d -> d.agreesWith(latest.getFirst()))) {
            return CongressViews.SheetState.MISMATCH;
        }
        return latest.getFirst().isDoubtful() ? CongressViews.SheetState.AWAITING_RULING : CongressViews.SheetState.ACCEPTED;
    }

    private Round engineRound(Congress congress, Election election, ElectionRound round, List<Ballot> ballots) {
        Map<String, String> names = election.getCandidates().stream()
                .collect(Collectors.toMap(Election.Listed::code, Election.Listed::fullName));
        List<Candidate> list = round.codes().stream().map(code -> new Candidate(code, names.get(code))).toList();
        return new Round(round.logId(congress.getId()), round.getNumber(), round.getSeats(), round.getMethod(), list,
                round.electorate(), round.getIssued(), ballots, round.getKind());
    }

    private static Electorate electorate(Congress congress, Election election) {
        return election.getKind().byCongress() || election.getBodyMembers() == null
                ? congress.electorate() : Electorate.of(election.getBodyMembers());
    }

    private CongressViews.RoundSummary summary(Election election, ElectionRound round) {
        return new CongressViews.RoundSummary(round.getId(), round.getNumber(), round.getKind(), round.getSeats(),
                round.getMethod(), round.getIssued(), candidates(election, round.codes()), round.counted(),
                entries.countByRoundId(round.getId()), Optional.ofNullable(round.getClosedAt()));
    }

    private static List<String> codes(Election election) {
        return election.getCandidates().stream().map(Election.Listed::code).toList();
    }

    private static List<CongressViews.Candidate> candidates(Election election, List<String> codes) {
        Map<String, Election.Listed> byCode = election.getCandidates().stream()
                .collect(Collectors.toMap(Election.Listed::code, l -> l));
        return codes.stream().map(byCode::get)
                .map(l -> new CongressViews.Candidate(l.code(), l.memberId(), l.fullName())).toList();
    }

    private static String nameOf(Congress congress, long memberId) {
        Congress.Convened c = congress.convened().get(memberId);
        return c == null ? "#" + memberId : c.fullName();
    }

    private Congress congress(long id) {
        return congresses.findById(id).orElseThrow(() -> CongressNotFound.congress(id));
    }

    private Election election(Congress congress, long electionId) {
        return elections.findById(electionId).filter(e -> e.getCongressId().equals(congress.getId()))
                .orElseThrow(() -> CongressNotFound.election(electionId));
    }

    private ElectionRound round(Election election, int number) {
        return rounds.findByElectionIdAndNumber(election.getId(), number)
                .orElseThrow(() -> CongressNotFound.round(election.getId(), number));
    }

    private ElectionRound lockedOpenRound(Election election, int number) {
        ElectionRound round = rounds.lockById(round(election, number).getId()).orElseThrow();
        if (round.counted()) {
            throw new CongressException("Vòng " + number + " đã kết thúc kiểm phiếu; không nhập hay sửa phiếu được nữa.");
        }
        return round;
    }

    private static long requireBoardMember(Congress congress, Election election, Viewer actor) {
        Long member = actor.memberId();
        if (member == null || !congress.board().contains(member)) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ thành viên Ban kiểm phiếu của đại hội mới được nhập phiếu.");
        }
        if (election.getCandidates().stream().anyMatch(l -> l.memberId().equals(member))) {
            throw new org.springframework.security.access.AccessDeniedException("Người có tên trong danh sách bầu cử không được kiểm phiếu cuộc bầu này.");
        }
        return member;
    }

    private static void requireManager(Viewer actor) {
        if (!actor.managesMembers()) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ Đảng ủy mới được chuẩn bị đại hội.");
        }
    }

    private static String text(String value, int max, String label) {
        String clean = VietnameseText.clean(value == null ? "" : value);
        if (clean.isEmpty() || clean.length() > max || !PLAIN.matcher(clean).matches()) {
            throw new CongressException(label + " không được để trống, tối đa " + max + " ký tự, không chứa < > { }.");
        }
        return clean;
    }
}
