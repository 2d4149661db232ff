package vn.dangbo.congress.ballotlog;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.dangbo.congress.Recount;
import vn.dangbo.congress.counting.CountResult;
import vn.dangbo.congress.counting.ElectionRules;
import vn.dangbo.congress.counting.Round;
import vn.dangbo.congress.counting.RoundArbitraries;
import vn.dangbo.congress.counting.Tally;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BallotLogProperties {

    @Provide
    Arbitrary<Round> rounds() {
        return RoundArbitraries.rounds();
    }

    @Property(tries = 200)
    void recountingTheExportReproducesTheEnginesResultExactly(@ForAll("rounds") Round round) throws Exception {
        CountResult app = Tally.count(ElectionRules.DEFAULT, round);
        String log = BallotLogWriter.write(round, "Bầu thử", "EXECUTIVE_COMMITTEE");

        assertThat(Tally.count(ElectionRules.DEFAULT, BallotLogReader.read(log.getBytes(StandardCharsets.UTF_8)).round()))
                .isEqualTo(app);

        Path file = Files.createTempFile("ballot-log", ".json");
        try {
            Files.writeString(file, log, StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Recount.run(List.of(file.toString(), "--json"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JsonWriter.pretty(RecountReport.json(app)));
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 200)
    void changingAnyOneBallotBreaksTheChainAtItsSeq(@ForAll("rounds") Round round, @ForAll @IntRange(max = 1000) int pick)
            throws Exception {
        net.jqwik.api.Assume.that(!round.ballots().isEmpty());
        int index = pick % round.ballots().size();
        Json.Obj file = (Json.Obj) JsonReader.parse(BallotLogWriter.write(round, "Bầu thử", "EXECUTIVE_COMMITTEE"));
        List<Json> entries = new ArrayList<>(((Json.Arr) file.members().get("ballots")).items());
        Json.Obj entry = (Json.Obj) entries.get(index);
        Map<String, Json> ballot = new LinkedHashMap<>(((Json.Obj) entry.members().get("ballot")).members());
        // Flip one thing a forger might: whether the ballot was stamped.
        if (ballot.remove("unstamped") == null) {
            ballot.put("unstamped", new Json.Bool(true));
        }
        Map<String, Json> altered = new LinkedHashMap<>(entry.members());
        altered.put("ballot", new Json.Obj(ballot));
        entries.set(index, new Json.Obj(altered));
        Map<String, Json> members = new LinkedHashMap<>(file.members());
        members.put("ballots", new Json.Arr(entries));

        BallotLog log = BallotLogReader.read(JsonWriter.pretty(new Json.Obj(members)));
        assertThat(log.firstBrokenSeq()).hasValue(index + 1);
    }
}
