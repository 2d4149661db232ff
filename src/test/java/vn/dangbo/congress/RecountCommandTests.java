package vn.dangbo.congress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.congress.ballotlog.BallotLogWriter;
import vn.dangbo.congress.ballotlog.Json;
import vn.dangbo.congress.ballotlog.JsonReader;
import vn.dangbo.congress.counting.Ballot;
import vn.dangbo.congress.counting.Candidate;
import vn.dangbo.congress.counting.Electorate;
import vn.dangbo.congress.counting.Exclusion;
import vn.dangbo.congress.counting.Method;
import vn.dangbo.congress.counting.Round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RecountCommandTests {

    @TempDir
    Path dir;

    record Outcome(int status, String out, String err) {
        Json json() throws Exception {
            return JsonReader.parse(out);
        }
    }

    Outcome recount(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Recount.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path file(String text) throws IOException {
        Path file = Files.createTempFile(dir, "log", ".json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static final List<Candidate> NINE = IntStream.rangeClosed(1, 9)
            .mapToObj(i -> new Candidate("c" + i, List.of("Nguyễn Văn An", "Lò Thị Bình", "Trần Văn Cường", "Lê Thị Dung",
                    "Phạm Văn Giang", "Hoàng Thị Hà", "Vũ Văn Hải", "Đặng Thị Khánh", "Bùi Văn Lan").get(i - 1)))
            .toList();

    /** E1 of elections.md: 29 valid ballots giving 28, 27, 25, 22, 19, 17, 16, 15, 9 and one keeping eight. */
    static Round e1() {
        int[] votes = {28, 27, 25, 22, 19, 17, 16, 15, 9};
        List<List<String>> kept = new ArrayList<>();
        IntStream.range(0, 29).forEach(b -> kept.add(new ArrayList<>()));
        int next = 0;
        for (int j = 0; j < votes.length; j++) {
            for (int v = 0; v < votes[j]; v++) {
                kept.get(next).add("c" + (j + 1));
                next = (next + 1) % 29;
            }
        }
        List<Ballot> ballots = new ArrayList<>(kept.stream().map(Ballot::keeping).toList());
        ballots.add(7, Ballot.keeping("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"));
        return new Round("dh-2025-bch-v1", 1, 7, Method.STRIKE_OUT, NINE,
                Electorate.of(33).excluding(Exclusion.TRANSFERRED, 1).excluding(Exclusion.EXEMPT_ABSENT, 1), 30, ballots);
    }

    static String log(Round round) {
        return BallotLogWriter.write(round, "Bầu Ban Chấp hành Đảng bộ khóa IV, nhiệm kỳ 2025–2030", "EXECUTIVE_COMMITTEE");
    }

    @Test
    void aValidLogIsRecountedAsJsonWithTheFieldsOfTheFormat() throws Exception {
        Outcome outcome = recount(file(log(e1())).toString(), "--json");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.err()).isEmpty();
        Json.Obj result = (Json.Obj) outcome.json();
        assertThat(result.members().keySet()).containsExactly("election", "round", "seats", "base", "needed", "issued",
                "collected", "valid", "invalid", "candidates", "elected", "tie", "vacant");
        assertThat(result.members().get("base")).isEqualTo(new Json.Num("31"));
        assertThat(result.members().get("needed")).isEqualTo(new Json.Num("16"));
        assertThat(result.members().get("valid")).isEqualTo(new Json.Num("29"));
        assertThat(result.members().get("invalid")).isEqualTo(new Json.Num("1"));
        assertThat(result.members().get("tie")).isEqualTo(Json.Null.NULL);
        assertThat(result.members().get("vacant")).isEqualTo(new Json.Num("0"));
        assertThat(outcome.out()).contains("\"elected\": [\"c1\", \"c2\", \"c3\", \"c4\", \"c5\", \"c6\", \"c7\"]");
        Json.Obj first = (Json.Obj) ((Json.Arr) result.members().get("candidates")).items().getFirst();
        assertThat(first.members().keySet()).containsExactly("id", "name", "votes", "percentOfBase", "elected");
        assertThat(first.members().get("name")).isEqualTo(new Json.Str("Nguyễn Văn An"));
        assertThat(first.members().get("percentOfBase")).isEqualTo(new Json.Str("90.32"));
        Json.Obj eighth = (Json.Obj) ((Json.Arr) result.members().get("candidates")).items().get(7);
        assertThat(eighth.members().get("votes")).isEqualTo(new Json.Num("15"));
        assertThat(eighth.members().get("elected")).isEqualTo(new Json.Bool(false));
    }

    @Test
    void aValidLogIsRecountedAsAVietnameseTableByDefault() throws Exception {
        Outcome outcome = recount(file(log(e1())).toString());

        assertThat(outcome.status()).isZero();
        assertThat(outcome.out())
                .contains("Cơ số tính kết quả (N): 31 = 33 được triệu tập − 1 chuyển sinh hoạt tạm thời − 1 miễn sinh hoạt và vắng mặt")
                .contains("Số phiếu cần để trúng cử: 16")
                .contains("hợp lệ: 29")
                .containsPattern("1  c1  Nguyễn Văn An +28  +90.32  Trúng cử")
                .containsPattern("8  c8  Đặng Thị Khánh +15  +48.39  Không trúng cử")
                .contains("Trúng cử: 7/7");
    }

    @Test
    void aTieAtTheLastSeatIsReportedWithTheSeatsTheRevoteDecides() throws Exception {
        List<Candidate> three = NINE.subList(0, 3);
        List<Ballot> ballots = new ArrayList<>();
        ballots.addAll(Collections.nCopies(6, Ballot.keeping("c1", "c3")));
        ballots.addAll(Collections.nCopies(4, Ballot.keeping("c1", "c2")));
        ballots.addAll(Collections.nCopies(4, Ballot.keeping("c3", "c2")));
        ballots.addAll(Collections.nCopies(4, Ballot.keeping("c2")));
        // c2: 12 elected; c1 and c3: 10 each of base 18, both passing, tie for the second seat.
        Round round = new Round("tie", 1, 2, Method.STRIKE_OUT, three, Electorate.of(18), 18, ballots);
        Outcome outcome = recount("--json", file(log(round)).toString());

        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).contains("\"tie\": {\n    \"candidates\": [\"c1\", \"c3\"],\n    \"seats\": 1\n  }")
                .contains("\"elected\": [\"c2\"]").contains("\"vacant\": 0");
    }

    @Test
    void anAlteredEntryIsABrokenChainNamingItsSeq() throws Exception {
        String text = log(e1());
        int entry = text.indexOf("\"seq\": 5,");
        int kept = text.indexOf("\"kept\": [\"", entry);
        String altered = text.substring(0, kept) + text.substring(kept).replaceFirst("\"kept\": \\[\"c\\d\"", "\"kept\": [\"c9\"");
        assertThat(altered).isNotEqualTo(text);

        Outcome outcome = recount(file(altered).toString(), "--json");

        assertThat(outcome.status()).isEqualTo(3);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).contains("chuỗi băm").contains("seq 5");
    }

    @Test
    void aRemovedEntryIsMalformedBecauseSeqNoLongerRunsInOrder() throws Exception {
        String text = log(e1());
        int from = text.indexOf("    {\n      \"seq\": 5,");
        int to = text.indexOf("    {\n      \"seq\": 6,");
        Outcome outcome = recount(file(text.substring(0, from) + text.substring(to)).toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("ballots[4].seq");
    }

    @Test
    void aTamperedEntryNamingAnUnknownCandidateIsMalformedNotABrokenChain() throws Exception {
        String text = log(e1()).replaceFirst("\"kept\": \\[\"c1\"", "\"kept\": [\"c42\"");
        Outcome outcome = recount(file(text).toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("\"c42\"").contains("không có trong danh sách");
    }

    @Test
    void malformedJsonIsRefusedWithTheLineAndColumn() throws Exception {
        String text = log(e1());
        Outcome outcome = recount(file(text.substring(0, text.length() / 2)).toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).contains("JSON không hợp lệ ở dòng");
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(Recount.MAX_BYTES + 1); // sparse: costs no disk
        }
        Outcome outcome = recount(huge.toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("tệp quá lớn");
    }

    @Test
    void aFileListingTensOfThousandsOfCandidatesIsRefused() throws Exception {
        StringBuilder candidates = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            candidates.append(i > 0 ? "," : "").append("{\"id\":\"c").append(i).append("\",\"name\":\"\"}");
        }
        String text = "{\"format\":\"dangbo-ballot-log/1\",\"election\":{\"id\":\"x\",\"title\":\"\",\"body\":\"\","
                + "\"round\":1,\"seats\":19999,\"method\":\"STRIKE_OUT\"},\"electorate\":{\"convened\":1},"
                + "\"candidates\":[" + candidates + "],\"issued\":0,\"ballots\":[]}";
        Outcome outcome = recount(file(text).toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("quá nhiều ứng cử viên");
    }

    @Test
    void deeplyNestedJsonIsRefusedWithoutCrashing() throws Exception {
        Outcome outcome = recount(file("{\"format\":" + "[".repeat(100_000)).toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("lồng nhau quá sâu");
    }

    @Test
    void anUnknownReasonIsMalformed() throws Exception {
        Outcome outcome = recount(file(log(e1()).replace("\"EXEMPT_ABSENT\"", "\"ON_BUSINESS\"")).toString());
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("electorate.excluded").contains("ON_BUSINESS");
    }

    @Test
    void moreBallotsCollectedThanIssuedAreInconsistent() throws Exception {
        Outcome outcome = recount(file(log(e1()).replace("\"issued\": 30", "\"issued\": 29")).toString());
        // Changing "issued" does not touch a ballot, so the chain still holds.
        assertThat(outcome.status()).isEqualTo(4);
        assertThat(outcome.err()).contains("thu vào (30)").contains("phát ra (29)");
    }

    @Test
    void aBaseOfZeroIsInconsistent() throws Exception {
        Outcome outcome = recount(file(log(e1()).replace("\"convened\": 33", "\"convened\": 2")).toString());
        assertThat(outcome.status()).isEqualTo(4);
        assertThat(outcome.err()).contains("phải lớn hơn 0");
    }

    @Test
    void aMissingFileOrNoFileIsAnErrorOnStandardError() {
        Outcome missing = recount(dir.resolve("nowhere.json").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("không đọc được tệp");
        Outcome none = recount();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("Cách dùng");
        assertThat(recount(dir.toString()).status()).isEqualTo(2);
    }

    @Test
    void namesThatCouldRewriteTheTerminalAreShownHarmlessInTheTable() throws Exception {
        List<Candidate> hostile = List.of(new Candidate("c1", "Nguyễn\u001b[2J Văn An\u202e"), new Candidate("c2", "B"));
        Round round = new Round("x", 1, 1, Method.STRIKE_OUT, hostile, Electorate.of(3), 3, List.of(Ballot.keeping("c1")));
        Outcome table = recount(file(log(round)).toString());
        assertThat(table.status()).isZero();
        assertThat(table.out()).doesNotContain("\u001b").doesNotContain("\u202e").contains("Nguyễn\ufffd[2J Văn An\ufffd");
        Outcome json = recount(file(log(round)).toString(), "--json");
        assertThat(json.out()).contains("Nguyễn\\u001b[2J");
    }

    @Test
    void theApplicationsMainRecountsWithoutStartingSpring() throws Exception {
        Path file = file(log(e1()));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "vn.dangbo.DangboApplication", "recount", file.toString(), "--json")
                .redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(err).isZero();
        assertThat(JsonReader.parse(out)).isInstanceOf(Json.Obj.class);
        assertThat(out).contains("\"name\": \"Nguyễn Văn An\"");
        assertThat(err).doesNotContain("Spring").doesNotContain("H2");
    }
}
