package vn.dangbo.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.accounts.AccountManagement;
import vn.dangbo.accounts.Role;
import vn.dangbo.congress.CongressKind;
import vn.dangbo.congress.CongressManagement;
import vn.dangbo.congress.CongressViews;
import vn.dangbo.congress.ConvenedStatus;
import vn.dangbo.congress.ElectionKind;
import vn.dangbo.congress.EnteredBallot;
import vn.dangbo.congress.NewCongress;
import vn.dangbo.congress.NewElection;
import vn.dangbo.congress.ShowOfHandsKind;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.organization.OrganizationUnit;
import vn.dangbo.organization.PositionHolder;
import vn.dangbo.shared.Viewer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the demo organization's 4th congress (term 2020–2025) after the organization, with its
 * executive committee election counted as in worked example E1: the 32 official then convened,
 * one exempt and absent (N = 31), one absent without reason, 30 present, 7 seats and 9 names, 30 ballots entered
 * twice by the two counting-board members (one void: it keeps 8 names). The seven elected are the
 * committee the organization records for 2020–2025. The second board member gets the demo account
 * {@code kiemphieu}; the first is {@code dangvien}.
 */
@Component
class DemoCongress {

    static final LocalDate OPENED = LocalDate.of(2020, 6, 17);
    static final int[] VOTES = {28, 27, 25, 22, 19, 17, 16, 15, 9};
    private static final Logger log = LoggerFactory.getLogger(DemoCongress.class);
    private static final Viewer SYSTEM = new Viewer("hệ thống", Set.of(Viewer.ADMIN), null, null);

    private final OrganizationDirectory organization;
    private final MemberRegistry registry;
    private final AccountManagement accounts;
    private final CongressManagement congresses;
    private final TransactionTemplate transaction;

    DemoCongress(OrganizationDirectory organization, MemberRegistry registry, AccountManagement accounts,
                 CongressManagement congresses, TransactionTemplate transaction) {
        this.organization = organization;
        this.registry = registry;
        this.accounts = accounts;
        this.congresses = congresses;
        this.transaction = transaction;
    }

    boolean loadIfEmpty() {
        if (organization.committee().isEmpty() || !congresses.congresses().isEmpty()) {
            return false;
        }
        transaction.executeWithoutResult(status -> load(organization.committee().orElseThrow()));
        log.info("Demo data loaded: the 4th congress with its executive committee election counted");
        return true;
    }

    private void load(OrganizationUnit committee) {
        List<Long> elected = new ArrayList<>(new LinkedHashSet<>(organization.positionsIn(committee.id(), registry).stream()
                .filter(p -> p.termLabel().equals("2020–2025")).map(PositionHolder::memberId).toList()));
        List<MemberView> all = registry.all(MemberQuery.all(), SYSTEM);
        // those official on the opening day: the congress convened them
        List<MemberView> others = all.stream().filter(m -> !elected.contains(m.id()))
                .filter(m -> m.officialOn() != null && m.officialOn().isBefore(OPENED)).toList();
        MemberView firstCounter = others.stream().filter(m -> m.fullName().equals("Nguyễn Văn An")).findFirst().orElseThrow();
        List<MemberView> rest = others.stream().filter(m -> m.id() != firstCounter.id()).toList();
        MemberView secondCounter = rest.get(0);
        accounts.create("kiemphieu", DemoOrganization.DEMO_PASSWORD, secondCounter.fullName(), Role.MEMBER,
                secondCounter.id(), secondCounter.cellId());

        long congress = congresses.createCongress(new NewCongress(CongressKind.MEMBERS, 4,
                "Đại hội Đảng bộ Sở Khoa học và Công nghệ lần thứ IV", "2020–2025",
                OPENED, LocalDate.of(2020, 6, 18)), SYSTEM);
        congresses.setStatus(congress, rest.get(2).id(), ConvenedStatus.EXEMPT_ABSENT, "", SYSTEM);
        congresses.setStatus(congress, rest.get(3).id(), ConvenedStatus.ABSENT_UNEXCUSED, "", SYSTEM);
        // The bodies that ran the congress and its agenda, by show of hands of the 30 present (N = 31).
        List<Long> present = congresses.details(congress).convened().stream().filter(c -> c.status().present())
                .map(CongressViews.Convened::memberId).filter(id -> id != firstCounter.id() && id != secondCounter.id()).toList();
        congresses.recordShowOfHands(congress, ShowOfHandsKind.PRESIDIUM, "Đoàn Chủ tịch đại hội", present.subList(0, 3), 30, 0, 0, SYSTEM);
        congresses.recordShowOfHands(congress, ShowOfHandsKind.SECRETARIAT, "Đoàn Thư ký đại hội", present.subList(3, 5), 30, 0, 0, SYSTEM);
        congresses.recordShowOfHands(congress, ShowOfHandsKind.CREDENTIALS_BOARD, "Ban Thẩm tra tư cách đại biểu",
                present.subList(5, 8), 30, 0, 0, SYSTEM);
        congresses.recordShowOfHands(congress, ShowOfHandsKind.COUNTING_BOARD, "Ban Kiểm phiếu",
                List.of(firstCounter.id(), secondCounter.id()), 29, 0, 1, SYSTEM);
        congresses.recordShowOfHands(congress, ShowOfHandsKind.AGENDA, "Chương trình làm việc của đại hội", List.of(), 30, 0, 0, SYSTEM);
        congresses.recordShowOfHands(congress, ShowOfHandsKind.ELECTION_LIST, "Số lượng Ban Chấp hành khóa IV là 7 đồng chí và danh sách bầu cử 9 đồng chí",
                List.of(), 30, 0, 0, SYSTEM);
        congresses.recordShowOfHands(congress, ShowOfHandsKind.RESOLUTION,
                "Nghị quyết Đại hội Đảng bộ Sở lần thứ IV, nhiệm kỳ 2020–2025", List.of(), 30, 0, 0, SYSTEM);

        List<Long> candidates = new ArrayList<>(elected);
        candidates.add(rest.get(4).id());
        candidates.add(rest.get(5).id());
        long election = congresses.createElection(congress, new NewElection(ElectionKind.EXECUTIVE_COMMITTEE,
                "Bầu Ban Chấp hành Đảng bộ khóa IV, nhiệm kỳ 2020–2025", 7, candidates, null), SYSTEM);
        congresses.openRound(congress, election, 30, SYSTEM);

        // Votes by candidate: the seven incumbents first, in the order the organization lists them.
        Map<String, Integer> votes = new HashMap<>();
        for (CongressViews.Candidate c : congresses.election(congress, election).candidates()) {
            votes.put(c.code(), VOTES[candidates.indexOf(c.memberId())]);
        }
        List<List<String>> ballots = spread(votes, 29);
        List<String> eight = congresses.election(congress, election).candidates().stream()
                .map(CongressViews.Candidate::code).limit(8).toList();
        ballots.add(14, eight);
        Viewer first = new Viewer("dangvien", Set.of(Viewer.MEMBER), firstCounter.cellId(), firstCounter.id());
        Viewer second = new Viewer("kiemphieu", Set.of(Viewer.MEMBER), secondCounter.cellId(), secondCounter.id());
        for (int sheet = 1; sheet <= ballots.size(); sheet++) {
            EnteredBallot ballot = EnteredBallot.keeping(ballots.get(sheet - 1));
            congresses.enter(congress, election, 1, sheet, ballot, first);
            congresses.enter(congress, election, 1, sheet, ballot, second);
        }
        congresses.close(congress, election, 1, first);
    }

    /** Spreads the votes over {@code count} ballots, each name on the ballots keeping the fewest names so far. */
    static List<List<String>> spread(Map<String, Integer> votes, int count) {
        List<List<String>> ballots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ballots.add(new ArrayList<>());
        }
        votes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        order.add(i);
                    }
                    order.sort(Comparator.<Integer>comparingInt(i -> ballots.get(i).size()).thenComparingInt(i -> i));
                    order.subList(0, e.getValue()).forEach(i -> ballots.get(i).add(e.getKey()));
                });
        return ballots;
    }
}
