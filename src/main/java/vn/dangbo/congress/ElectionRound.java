package vn.dangbo.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import vn.dangbo.congress.counting.Electorate;
import vn.dangbo.congress.counting.Exclusion;
import vn.dangbo.congress.counting.Method;
import vn.dangbo.congress.counting.Round;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;

/** A round of an election: who is on this round's ballot, the seats, the ballots issued, whether counted. */
@Entity
@Table(name = "election_round")
class ElectionRound {

    enum Status { ENTRY, COUNTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long electionId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Round.Kind kind;

    @Column(nullable = false)
    private int seats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Method method;

    @Column(nullable = false)
    private int issued;

    @Column(nullable = false)
    private int convened;

    @Column(nullable = false)
    private String excluded;

    @Column(nullable = false)
    private String candidateCodes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private Instant openedAt;

    private @Nullable Instant closedAt;

    protected ElectionRound() {
    }

    ElectionRound(long electionId, int number, Round.Kind kind, int seats, Method method, int issued,
                  Electorate electorate, List<String> codes, Instant openedAt) {
        this.convened = electorate.convened();
        this.excluded = electorate.excluded().entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(","));
        this.electionId = electionId;
        this.number = number;
        this.kind = kind;
        this.seats = seats;
        this.method = method;
        this.issued = issued;
        this.candidateCodes = String.join(",", codes);
        this.status = Status.ENTRY;
        this.openedAt = openedAt;
    }

    Long getId() {
        return id;
    }

    Long getElectionId() {
        return electionId;
    }

    int getNumber() {
        return number;
    }

    Round.Kind getKind() {
        return kind;
    }

    int getSeats() {
        return seats;
    }

    Method getMethod() {
        return method;
    }

    int getIssued() {
        return issued;
    }

    Electorate electorate() {
        Map<Exclusion, Integer> reasons = new EnumMap<>(Exclusion.class);
        for (String pair : excluded.isEmpty() ? new String[0] : excluded.split(",")) {
            String[] parts = pair.split("=", 2);
            reasons.put(Exclusion.valueOf(parts[0]), Integer.parseInt(parts[1]));
        }
        return new Electorate(convened, reasons);
    }

    List<String> codes() {
        return Arrays.asList(candidateCodes.split(","));
    }

    boolean counted() {
        return status == Status.COUNTED;
    }

    @Nullable Instant getClosedAt() {
        return closedAt;
    }

    void close(Instant at) {
        if (status != Status.ENTRY) {
            throw new CongressException("Vòng bầu này đã kết thúc kiểm phiếu.");
        }
        status = Status.COUNTED;
        closedAt = at;
    }

    /** The ballot log's election id; h0 of the chain hashes it (ballot-log.md). */
    String logId(long congressId) {
        return "dh" + congressId + "-e" + electionId + "-v" + number;
    }
}
