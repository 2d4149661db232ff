package vn.dangbo.congress.ballotlog;

import vn.dangbo.congress.counting.Ballot;
import vn.dangbo.congress.counting.Candidate;
import vn.dangbo.congress.counting.Exclusion;
import vn.dangbo.congress.counting.Mark;
import vn.dangbo.congress.counting.Round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.dangbo.congress.ballotlog.JsonWriter.num;
import static vn.dangbo.congress.ballotlog.JsonWriter.object;
import static vn.dangbo.congress.ballotlog.JsonWriter.str;
import static vn.dangbo.congress.ballotlog.JsonWriter.strings;

/**
 * Exports a round as a ballot log (ballot-log.md), ballots in entry order, each with its link of
 * the hash chain. The log is counted with {@code ElectionRules.DEFAULT}: the format has no place
 * for other rules.
 */
public final class BallotLogWriter {

    private BallotLogWriter() {
    }

    public static String write(Round round, String title, String body) {
        Map<String, Json> electorate = new LinkedHashMap<>();
        electorate.put("convened", num(round.electorate().convened()));
        if (!round.electorate().excluded().isEmpty()) {
            Map<String, Json> excluded = new LinkedHashMap<>();
            for (Map.Entry<Exclusion, Integer> reason : round.electorate().excluded().entrySet()) {
                excluded.put(reason.getKey().name(), num(reason.getValue()));
            }
            electorate.put("excluded", new Json.Obj(excluded));
        }
        List<Json> candidates = new ArrayList<>();
        for (Candidate candidate : round.candidates()) {
            candidates.add(object("id", str(candidate.id()), "name", str(candidate.name())));
        }
        HashChain chain = HashChain.start(round.electionId());
        List<Json> ballots = new ArrayList<>();
        for (int i = 0; i < round.ballots().size(); i++) {
            Json.Obj ballot = ballot(round.ballots().get(i));
            String hash = chain.append(JsonWriter.canonical(ballot));
            ballots.add(object("seq", num(i + 1), "ballot", ballot, "hash", str(hash)));
        }
        Json.Obj file = object(
                "format", str(BallotLog.FORMAT),
                "election", object(
                        "id", str(round.electionId()),
                        "title", str(title),
                        "body", str(body),
                        "round", num(round.number()),
                        "seats", num(round.seats()),
                        "method", str(round.method().name())),
                "electorate", new Json.Obj(electorate),
                "candidates", new Json.Arr(candidates),
                "issued", num(round.issued()),
                "ballots", new Json.Arr(ballots));
        return JsonWriter.pretty(file);
    }

    /** The entry's {@code ballot} object; its canonical form is what the chain hashes. */
    public static Json.Obj ballot(Ballot ballot) {
        Map<String, Json> members = new LinkedHashMap<>();
        Ballot.Choice choice = ballot.choice();
        if (choice instanceof Ballot.Kept kept) {
            members.put("kept", strings(kept.ids()));
        } else if (choice instanceof Ballot.Marked marked) {
            Map<String, Json> marks = new LinkedHashMap<>();
            for (Map.Entry<String, Mark> mark : marked.marks().entrySet()) {
                marks.put(mark.getKey(), str(mark.getValue().name()));
            }
            members.put("marks", new Json.Obj(marks));
        } else {
            throw Ballot.unknown(choice);
        }
        if (!ballot.written().isEmpty()) {
            members.put("written", strings(ballot.written()));
        }
        if (ballot.unstamped()) {
            members.put("unstamped", new Json.Bool(true));
        }
        ballot.ruling().ifPresent(ruling -> {
            members.put("ruling", str(ruling.verdict().name()));
            members.put("reason", str(ruling.reason()));
        });
        return new Json.Obj(members);
    }

    /** The canonical form of a ballot, as the application appends it to its {@link HashChain}. */
    public static String canonical(Ballot ballot) {
        return JsonWriter.canonical(ballot(ballot));
    }
}
