package vn.dangbo.congress.ballotlog;

import org.junit.jupiter.api.Test;
import vn.dangbo.congress.counting.Ballot;
import vn.dangbo.congress.counting.Candidate;
import vn.dangbo.congress.counting.Electorate;
import vn.dangbo.congress.counting.Exclusion;
import vn.dangbo.congress.counting.Mark;
import vn.dangbo.congress.counting.Method;
import vn.dangbo.congress.counting.Round;
import vn.dangbo.congress.counting.Ruling;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BallotLogReaderTests {

    static final List<Candidate> THREE = List.of(new Candidate("c1", "Nguyễn Văn An"), new Candidate("c2", "Lò Thị Bình"),
            new Candidate("c3", "Trần \"Ba\" Cường"));

    static Round strikeOutRound() {
        return new Round("dh-2025-bch-v1", 1, 2, Method.STRIKE_OUT, THREE,
                Electorate.of(10).excluding(Exclusion.TRANSFERRED, 1).excluding(Exclusion.ABSENT_UNEXCUSED, 2), 9, List.of(
                Ballot.keeping("c2", "c1"),
                Ballot.keeping("c3").withWritten("Phạm Văn Tư"),
                Ballot.keeping("c1").asUnstamped(),
                Ballot.keeping("c1", "c3").ruled(Ruling.valid("Nét gạch \"c2\" chưa hết tên"))));
    }

    static Round agreeDisagreeRound() {
        Map<String, Mark> marks = new LinkedHashMap<>();
        marks.put("c1", Mark.AGREE);
        marks.put("c2", Mark.NONE);
        marks.put("c3", Mark.BOTH);
        return new Round("ubkt", 1, 3, Method.AGREE_DISAGREE, THREE, Electorate.of(5), 5, List.of(Ballot.marking(marks)));
    }

    static String exported(Round round) {
        return BallotLogWriter.write(round, "Bầu Ban Chấp hành Đảng bộ khóa IV, nhiệm kỳ 2025–2030", "EXECUTIVE_COMMITTEE");
    }

    static String messageOf(String text) {
        try {
            BallotLogReader.read(text);
        } catch (MalformedBallotLog e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void readsBackExactlyTheRoundThatWasExported() throws Exception {
        for (Round round : List.of(strikeOutRound(), agreeDisagreeRound())) {
            BallotLog log = BallotLogReader.read(exported(round));
            assertThat(log.round()).isEqualTo(round);
            assertThat(log.title()).isEqualTo("Bầu Ban Chấp hành Đảng bộ khóa IV, nhiệm kỳ 2025–2030");
            assertThat(log.firstBrokenSeq()).isEmpty();
        }
    }

    @Test
    void theExportFollowsTheFieldsOfTheFormat() throws Exception {
        String text = exported(strikeOutRound());
        Json.Obj root = (Json.Obj) JsonReader.parse(text);
        assertThat(root.members().keySet()).containsExactly("format", "election", "electorate", "candidates", "issued", "ballots");
        assertThat(text).contains("\"format\": \"dangbo-ballot-log/1\"")
                .contains("\"excluded\": {\n      \"TRANSFERRED\": 1,\n      \"ABSENT_UNEXCUSED\": 2\n    }")
                .contains("\"ballot\": {\n        \"kept\": [\"c2\", \"c1\"]\n      }")
                .contains("\"unstamped\": true")
                .contains("\"ruling\": \"VALID\"");
    }

    @Test
    void findsTheFirstAlteredEntry() throws Exception {
        String text = exported(strikeOutRound()).replace("\"kept\": [\"c3\"]", "\"kept\": [\"c2\"]");
        assertThat(BallotLogReader.read(text).firstBrokenSeq()).hasValue(2);
    }

    @Test
    void anUpperCaseHashIsABrokenChain() throws Exception {
        String text = exported(strikeOutRound());
        String hash = BallotLogReader.read(text).entries().get(2).storedHash();
        assertThat(BallotLogReader.read(text.replace(hash, hash.toUpperCase())).firstBrokenSeq()).hasValue(3);
    }

    @Test
    void refusesAnUnknownCandidateIdAndSaysWhere() {
        String text = exported(strikeOutRound()).replace("\"kept\": [\"c3\"]", "\"kept\": [\"c9\"]");
        assertThat(messageOf(text)).contains("phiếu seq 2").contains("không có trong danh sách").contains("\"c9\"");
    }

    @Test
    void refusesUnknownKeysAnywhere() {
        String text = exported(strikeOutRound());
        assertThat(messageOf(text.replace("\"issued\": 9", "\"issued\": 9, \"extra\": 1"))).contains("khóa không được phép: \"extra\"");
        assertThat(messageOf(text.replace("\"kept\": [\"c3\"]", "\"kept\": [\"c3\"], \"marks\": {}")))
                .contains("phiếu seq 2").contains("\"marks\"");
    }

    @Test
    void refusesAnUnknownReasonButAcceptsAbsentUnexcused() {
        String text = exported(strikeOutRound());
        assertThat(messageOf(text.replace("\"TRANSFERRED\"", "\"ON_HOLIDAY\""))).contains("lý do").contains("ON_HOLIDAY");
    }

    @Test
    void refusesBrokenStructure() {
        String text = exported(strikeOutRound());
        assertThat(messageOf(text.replace("\"seq\": 2", "\"seq\": 3"))).contains("ballots[1].seq");
        assertThat(messageOf(text.replace("\"format\": \"dangbo-ballot-log/1\"", "\"format\": \"dangbo-ballot-log/2\""))).contains("format");
        assertThat(messageOf(text.replace("\"issued\": 9", "\"issued\": 9.5"))).contains("issued").contains("số nguyên");
        assertThat(messageOf(text.replace("\"issued\": 9", "\"issued\": 99999999999"))).contains("quá lớn");
        assertThat(messageOf(text.replace("\"seats\": 2", "\"seats\": 3"))).contains("STRIKE_OUT");
        assertThat(messageOf(text.replace("\"kept\": [\"c2\", \"c1\"]", "\"kept\": [\"c2\", \"c2\"]"))).contains("hai lần");
        assertThat(messageOf(text.replace("\"ruling\": \"VALID\",", ""))).contains("ruling").contains("reason");
    }

    @Test
    void refusesAnAgreeDisagreeBallotThatSkipsAName() {
        String text = exported(agreeDisagreeRound()).replace("\"c3\": \"BOTH\"", "\"c4\": \"BOTH\"");
        assertThat(messageOf(text)).contains("\"c4\"");
        String missing = exported(agreeDisagreeRound()).replace(",\n          \"c3\": \"BOTH\"", "");
        assertThat(messageOf(missing)).contains("đủ 3 người");
    }

    @Test
    void refusesTextThatIsNotStrictJson() {
        assertThat(messageOf("{\"format\": \"dangbo-ballot-log/1\",")).contains("JSON không hợp lệ ở dòng 1");
        assertThat(messageOf("{\"a\": 1, \"a\": 2}")).contains("hai lần");
        assertThat(messageOf("[".repeat(10_000))).contains("lồng nhau quá sâu");
        assertThat(messageOf("{\"a\": \"\\ud800\"}")).contains("surrogate");
        assertThat(messageOf("{\"a\": \"\\ude00\"}")).contains("surrogate");
        assertThat(messageOf("{\"a\": \"\\u\u0663\u0663\u0663\u0663\"}")).contains("thập lục phân");
        assertThat(messageOf("{} {}")).contains("còn nội dung");
        assertThat(messageOf("{\"a\": 01}")).contains("JSON không hợp lệ");
        assertThat(messageOf("{\"a\": \"tab\there\"}")).contains("ký tự điều khiển");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "{\"a\": \"Nguy\u00ean\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> BallotLogReader.read(latin1)).isInstanceOf(MalformedBallotLog.class).hasMessageContaining("UTF-8");
    }
}
