package vn.dangbo.congress.ballotlog;

import vn.dangbo.congress.counting.Ballot;
import vn.dangbo.congress.counting.Candidate;
import vn.dangbo.congress.counting.Electorate;
import vn.dangbo.congress.counting.Exclusion;
import vn.dangbo.congress.counting.InvalidRound;
import vn.dangbo.congress.counting.Mark;
import vn.dangbo.congress.counting.Method;
import vn.dangbo.congress.counting.Round;
import vn.dangbo.congress.counting.Ruling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a ballot log and checks every rule of its format (ballot-log.md) before anything is
 * counted: unknown keys, unknown ids or reasons, wrong types, a list that does not fit the
 * method, seq out of order. The hash chain is checked afterwards ({@link BallotLog#firstBrokenSeq()}).
 */
public final class BallotLogReader {

    private static final Set<String> ROOT = Set.of("format", "election", "electorate", "candidates", "issued", "ballots");
    private static final Set<String> ELECTION = Set.of("id", "title", "body", "round", "seats", "method");
    private static final Set<String> ELECTORATE = Set.of("convened", "excluded");
    private static final Set<String> CANDIDATE = Set.of("id", "name");
    private static final Set<String> ENTRY = Set.of("seq", "ballot", "hash");
    private static final Set<String> KEPT_BALLOT = Set.of("kept", "written", "unstamped", "ruling", "reason");
    private static final Set<String> MARKED_BALLOT = Set.of("marks", "written", "unstamped", "ruling", "reason");

    /** Far above any real list (a national congress lists about two hundred); keeps a hostile file cheap to refuse. */
    public static final int MAX_CANDIDATES = 10_000;

    private BallotLogReader() {
    }

    /** @param utf8 the file as it was read: its bytes must be UTF-8 */
    public static BallotLog read(byte[] utf8) throws MalformedBallotLog {
        try {
            return read(JsonReader.parse(utf8));
        } catch (JsonSyntaxError e) {
            throw new MalformedBallotLog(e.getMessage());
        }
    }

    public static BallotLog read(String text) throws MalformedBallotLog {
        try {
            return read(JsonReader.parse(text));
        } catch (JsonSyntaxError e) {
            throw new MalformedBallotLog(e.getMessage());
        }
    }

    private static BallotLog read(Json root) throws MalformedBallotLog {
        Map<String, Json> file = object(root, "(gốc)", ROOT, ROOT);
        String format = string(file.get("format"), "format");
        if (!format.equals(BallotLog.FORMAT)) {
            throw new MalformedBallotLog("format: cần \"" + BallotLog.FORMAT + "\", không phải \"" + Messages.clip(format) + "\".");
        }

        Map<String, Json> election = object(file.get("election"), "election", ELECTION, ELECTION);
        String id = string(election.get("id"), "election.id");
        if (id.isEmpty()) {
            throw new MalformedBallotLog("election.id: không được để trống.");
        }
        String title = string(election.get("title"), "election.title");
        String body = string(election.get("body"), "election.body");
        int round = integer(election.get("round"), "election.round", 1);
        int seats = integer(election.get("seats"), "election.seats", 1);
        String methodName = string(election.get("method"), "election.method");
        Method method = switch (methodName) {
            case "STRIKE_OUT" -> Method.STRIKE_OUT;
            case "AGREE_DISAGREE" -> Method.AGREE_DISAGREE;
            default -> throw new MalformedBallotLog("election.method: phải là STRIKE_OUT hoặc AGREE_DISAGREE, không phải \""
                    + Messages.clip(methodName) + "\".");
        };

        Electorate electorate = electorate(file.get("electorate"));
        List<Candidate> candidates = candidates(file.get("candidates"));
        if (method == Method.STRIKE_OUT && candidates.size() <= seats) {
            throw new MalformedBallotLog("candidates: vòng bầu STRIKE_OUT phải có nhiều người hơn số cần bầu ("
                    + candidates.size() + " người, " + seats + " cần bầu).");
        }
        if (method == Method.AGREE_DISAGREE && candidates.size() != seats) {
            throw new MalformedBallotLog("candidates: vòng bầu AGREE_DISAGREE phải có đúng số người bằng số cần bầu ("
                    + candidates.size() + " người, " + seats + " cần bầu).");
        }
        int issued = integer(file.get("issued"), "issued", 0);

        Map<String, Integer> positions = new HashMap<>(candidates.size() * 4 / 3 + 1);
        for (int i = 0; i < candidates.size(); i++) {
            positions.put(candidates.get(i).id(), i);
        }
        List<Json> entries = array(file.get("ballots"), "ballots");
        List<Ballot> ballots = new ArrayList<>(entries.size());
        List<BallotLog.Entry> logEntries = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String where = "ballots[" + i + "]";
            Map<String, Json> entry = object(entries.get(i), where, ENTRY, ENTRY);
            int seq = integer(entry.get("seq"), where + ".seq", 0);
            if (seq != i + 1) {
                throw new MalformedBallotLog(where + ".seq: cần " + (i + 1) + " (seq chạy 1, 2, 3, … theo thứ tự), không phải " + seq + ".");
            }
            String hash = string(entry.get("hash"), "phiếu seq " + seq + ": hash");
            Json ballotJson = entry.get("ballot");
            ballots.add(ballot(ballotJson, "phiếu seq " + seq + ": ballot", method, positions, candidates));
            logEntries.add(new BallotLog.Entry(seq, ballotJson, hash));
        }
        try {
            return new BallotLog(title, body,
                    new Round(id, round, seats, method, candidates, electorate, issued, ballots), logEntries);
        } catch (InvalidRound e) {
            throw new MalformedBallotLog(e.getMessage());
        }
    }

    private static Electorate electorate(Json value) throws MalformedBallotLog {
        Map<String, Json> electorate = object(value, "electorate", ELECTORATE, Set.of("convened"));
        int convened = integer(electorate.get("convened"), "electorate.convened", 0);
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        if (electorate.containsKey("excluded")) {
            Json.Obj reasons = type(electorate.get("excluded"), Json.Obj.class, "electorate.excluded");
            for (Map.Entry<String, Json> reason : reasons.members().entrySet()) {
                Exclusion exclusion = exclusion(reason.getKey());
                excluded.put(exclusion, integer(reason.getValue(), "electorate.excluded." + reason.getKey(), 0));
            }
        }
        return new Electorate(convened, excluded);
    }

    /** By name among the constants, not Enum.valueOf: its first call sets up reflection, costly in a cold JVM. */
    private static Exclusion exclusion(String name) throws MalformedBallotLog {
        for (Exclusion exclusion : Exclusion.values()) {
            if (exclusion.name().equals(name)) {
                return exclusion;
            }
        }
        throw new MalformedBallotLog("electorate.excluded: lý do không được chấp nhận: \"" + Messages.clip(name) + "\".");
    }

    private static List<Candidate> candidates(Json value) throws MalformedBallotLog {
        List<Json> items = array(value, "candidates");
        if (items.size() > MAX_CANDIDATES) {
            throw new MalformedBallotLog("candidates: quá nhiều ứng cử viên (" + items.size() + ", tối đa " + MAX_CANDIDATES + ").");
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String where = "candidates[" + i + "]";
            Map<String, Json> candidate = object(items.get(i), where, CANDIDATE, CANDIDATE);
            String id = string(candidate.get("id"), where + ".id");
            if (id.isBlank()) {
                throw new MalformedBallotLog(where + ".id: không được để trống.");
            }
            if (!ids.add(id)) {
                throw new MalformedBallotLog(where + ".id: mã ứng cử viên trùng: \"" + Messages.clip(id) + "\".");
            }
            candidates.add(new Candidate(id, string(candidate.get("name"), where + ".name")));
        }
        return candidates;
    }

    /**
     * Ids are replaced by the list's own strings: the count then looks up a few hundred strings whose
     * hashes are already known, not hundreds of thousands of fresh ones.
     */
    private static Ballot ballot(Json value, String where, Method method, Map<String, Integer> positions,
                                 List<Candidate> candidates) throws MalformedBallotLog {
        Map<String, Json> ballot = method == Method.STRIKE_OUT
                ? object(value, where, KEPT_BALLOT, Set.of("kept"))
                : object(value, where, MARKED_BALLOT, Set.of("marks"));

        Ballot.Choice choice;
        if (method == Method.STRIKE_OUT) {
            List<String> named = strings(ballot.get("kept"), where + ".kept");
            List<String> kept = new ArrayList<>(named.size());
            boolean[] seen = new boolean[candidates.size()];
            for (String id : named) {
                Integer at = positions.get(id);
                if (at == null) {
                    throw new MalformedBallotLog(where + ".kept: mã ứng cử viên không có trong danh sách: \"" + Messages.clip(id) + "\".");
                }
                if (seen[at]) {
                    throw new MalformedBallotLog(where + ".kept: mã \"" + Messages.clip(id) + "\" xuất hiện hai lần.");
                }
                seen[at] = true;
                kept.add(candidates.get(at).id());
            }
            choice = new Ballot.Kept(kept);
        } else {
            Json.Obj marks = type(ballot.get("marks"), Json.Obj.class, where + ".marks");
            Map<String, Mark> parsed = new LinkedHashMap<>();
            for (Map.Entry<String, Json> mark : marks.members().entrySet()) {
                Integer at = positions.get(mark.getKey());
                if (at == null) {
                    throw new MalformedBallotLog(where + ".marks: mã ứng cử viên không có trong danh sách: \""
                            + Messages.clip(mark.getKey()) + "\".");
                }
                String text = string(mark.getValue(), where + ".marks." + Messages.clip(mark.getKey()));
                try {
                    parsed.put(candidates.get(at).id(), Mark.valueOf(text));
                } catch (IllegalArgumentException e) {
                    throw new MalformedBallotLog(where + ".marks." + Messages.clip(mark.getKey())
                            + ": phải là AGREE, DISAGREE, BOTH hoặc NONE, không phải \"" + Messages.clip(text) + "\".");
                }
            }
            if (parsed.size() != candidates.size()) {
                throw new MalformedBallotLog(where + ".marks: phải đánh dấu đủ " + candidates.size() + " người trong danh sách, có "
                        + parsed.size() + ".");
            }
            choice = new Ballot.Marked(parsed);
        }

        List<String> written = ballot.containsKey("written") ? strings(ballot.get("written"), where + ".written") : List.of();
        boolean unstamped = ballot.containsKey("unstamped")
                && type(ballot.get("unstamped"), Json.Bool.class, where + ".unstamped").value();
        Optional<Ruling> ruling = Optional.empty();
        if (ballot.containsKey("ruling") != ballot.containsKey("reason")) {
            throw new MalformedBallotLog(where + ": \"ruling\" và \"reason\" phải đi cùng nhau.");
        }
        if (ballot.containsKey("ruling")) {
            String verdict = string(ballot.get("ruling"), where + ".ruling");
            String reason = string(ballot.get("reason"), where + ".reason");
            if (reason.isBlank()) {
                throw new MalformedBallotLog(where + ".reason: phán quyết phải ghi lý do.");
            }
            ruling = Optional.of(switch (verdict) {
                case "VALID" -> Ruling.valid(reason);
                case "INVALID" -> Ruling.invalid(reason);
                default -> throw new MalformedBallotLog(where + ".ruling: phải là VALID hoặc INVALID, không phải \""
                        + Messages.clip(verdict) + "\".");
            });
        }
        return new Ballot(choice, written, unstamped, ruling);
    }

    private static Map<String, Json> object(Json value, String where, Set<String> allowed, Set<String> required)
            throws MalformedBallotLog {
        Json.Obj obj = type(value, Json.Obj.class, where);
        for (String key : obj.members().keySet()) {
            if (!allowed.contains(key)) {
                throw new MalformedBallotLog(where + ": khóa không được phép: \"" + Messages.clip(key) + "\".");
            }
        }
        if (!obj.members().keySet().containsAll(required)) {
            List<String> missing = new ArrayList<>(required);
            missing.removeAll(obj.members().keySet());
            Collections.sort(missing);
            throw new MalformedBallotLog(where + ": thiếu khóa \"" + missing.get(0) + "\".");
        }
        return obj.members();
    }

    private static List<Json> array(Json value, String where) throws MalformedBallotLog {
        return type(value, Json.Arr.class, where).items();
    }

    private static List<String> strings(Json value, String where) throws MalformedBallotLog {
        List<Json> items = array(value, where);
        List<String> strings = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            // The place is spelled out only when it is wrong: a national log holds hundreds of thousands of ids.
            if (!(items.get(i) instanceof Json.Str item)) {
                throw wrongType(items.get(i), Json.Str.class, where + "[" + i + "]");
            }
            strings.add(item.value());
        }
        return strings;
    }

    private static String string(Json value, String where) throws MalformedBallotLog {
        return type(value, Json.Str.class, where).value();
    }

    private static int integer(Json value, String where, int min) throws MalformedBallotLog {
        String text = type(value, Json.Num.class, where).text();
        if (!isInteger(text)) {
            throw new MalformedBallotLog(where + ": phải là số nguyên, không phải " + Messages.clip(text) + ".");
        }
        if (text.length() > 11 || Long.parseLong(text) > Integer.MAX_VALUE) {
            throw new MalformedBallotLog(where + ": số quá lớn: " + Messages.clip(text) + ".");
        }
        long number = Long.parseLong(text);
        if (number < min) {
            throw new MalformedBallotLog(where + ": phải từ " + min + " trở lên, không phải " + number + ".");
        }
        return (int) number;
    }

    /** {@code -?[0-9]+}, without compiling a pattern for every number of the file. */
    private static boolean isInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static <T extends Json> T type(Json value, Class<T> type, String where) throws MalformedBallotLog {
        if (!type.isInstance(value)) {
            throw wrongType(value, type, where);
        }
        return type.cast(value);
    }

    private static MalformedBallotLog wrongType(Json value, Class<? extends Json> type, String where) {
        return new MalformedBallotLog(where + ": cần " + Json.describe(type) + ", có " + Json.describe(value) + ".");
    }
}
