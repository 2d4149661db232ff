import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The recount benchmark's helper, run as a single source file (bench/recount.sh):
 *   java -cp target/classes bench/RecountBench.java generate FILE [BALLOTS] [CANDIDATES] [SEATS]
 *       writes a national-size STRIKE_OUT ballot log (ballot-log.md) with a valid hash chain,
 *       from a fixed seed (the generator itself uses only java.*)
 *   java -cp target/classes bench/RecountBench.java tally FILE [RUNS]
 *       times the application's own code in one warm JVM: reading and checking the log, the chain,
 *       and Tally.count, the line the application and `recount` both call.
 * It prints timings; it never writes them anywhere.
 */
public class RecountBench {

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("generate")) {
            int ballots = args.length > 2 ? Integer.parseInt(args[2]) : 1_600;
            int candidates = args.length > 3 ? Integer.parseInt(args[3]) : 200;
            int seats = args.length > 4 ? Integer.parseInt(args[4]) : 180;
            generate(Path.of(args[1]), ballots, candidates, seats);
        } else if (args.length >= 2 && args[0].equals("tally")) {
            tally(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 30);
        } else {
            System.err.println("usage: generate FILE [BALLOTS] [CANDIDATES] [SEATS] | tally FILE [RUNS]");
            System.exit(2);
        }
    }

    static void generate(Path file, int ballots, int candidates, int seats) throws Exception {
        if (seats >= candidates) {
            throw new IllegalArgumentException("a STRIKE_OUT round lists more candidates than seats");
        }
        String id = "bench-national-" + ballots + "x" + candidates;
        Random random = new Random(20_260_101L);
        StringBuilder json = new StringBuilder(ballots * candidates * 6);
        json.append("{\"format\":\"dangbo-ballot-log/1\",\"election\":{\"id\":\"").append(id)
                .append("\",\"title\":\"Bầu Ban Chấp hành (bài đo quy mô toàn quốc)\",\"body\":\"EXECUTIVE_COMMITTEE\",")
                .append("\"round\":1,\"seats\":").append(seats).append(",\"method\":\"STRIKE_OUT\"},")
                .append("\"electorate\":{\"convened\":").append(ballots + 20).append(",\"excluded\":{\"ABSENT_ACCEPTED\":10,\"ABSENT_UNEXCUSED\":10}},")
                .append("\"candidates\":[");
        for (int c = 1; c <= candidates; c++) {
            json.append(c > 1 ? "," : "").append("{\"id\":\"c").append(c).append("\",\"name\":\"Ứng cử viên số ").append(c).append("\"}");
        }
        json.append("],\"issued\":").append(ballots).append(",\"ballots\":[");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        HexFormat hex = HexFormat.of();
        String head = hex.formatHex(sha.digest(id.getBytes(StandardCharsets.UTF_8)));
        // popularity per candidate, so some pass and some do not
        double[] keep = new double[candidates];
        for (int c = 0; c < candidates; c++) {
            keep[c] = 0.35 + 0.6 * random.nextDouble();
        }
        for (int b = 1; b <= ballots; b++) {
            List<String> kept = new ArrayList<>();
            for (int c = 0; c < candidates; c++) {
                if (random.nextDouble() < keep[c]) {
                    kept.add("c" + (c + 1));
                }
            }
            // a few ballots keep every name (more than the seats: invalid), the rest at most the seats
            if (b % 97 == 0) {
                kept.clear();
                for (int c = 0; c < candidates; c++) {
                    kept.add("c" + (c + 1));
                }
            }
            while (b % 97 != 0 && kept.size() > seats) {
                kept.remove(random.nextInt(kept.size()));
            }
            if (kept.isEmpty()) {
                kept.add("c1");
            }
            StringBuilder ballot = new StringBuilder("{\"kept\":[");
            for (int i = 0; i < kept.size(); i++) {
                ballot.append(i > 0 ? "," : "").append('"').append(kept.get(i)).append('"');
            }
            ballot.append("]}");
            // canonical (RFC 8785) of {"kept":[...]} with ASCII ids is exactly this text
            head = hex.formatHex(sha.digest((head + "\n" + ballot).getBytes(StandardCharsets.UTF_8)));
            json.append(b > 1 ? "," : "").append("{\"seq\":").append(b).append(",\"ballot\":").append(ballot)
                    .append(",\"hash\":\"").append(head).append("\"}");
        }
        json.append("]}\n");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        System.err.println("wrote " + file + ": " + ballots + " ballots, " + candidates + " candidates, "
                + seats + " seats, " + Files.size(file) + " bytes");
    }

    static void tally(Path file, int runs) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        var rules = vn.dangbo.congress.counting.ElectionRules.DEFAULT;
        long[] read = new long[runs];
        long[] chain = new long[runs];
        long[] count = new long[runs];
        Object last = null;
        for (int warm = 0; warm < 5; warm++) {
            var log = vn.dangbo.congress.ballotlog.BallotLogReader.read(bytes);
            log.firstBrokenSeq();
            last = vn.dangbo.congress.counting.Tally.count(rules, log.round());
        }
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            var log = vn.dangbo.congress.ballotlog.BallotLogReader.read(bytes);
            long t1 = System.nanoTime();
            if (log.firstBrokenSeq().isPresent()) {
                throw new IllegalStateException("the generated chain is broken");
            }
            long t2 = System.nanoTime();
            last = vn.dangbo.congress.counting.Tally.count(rules, log.round());
            long t3 = System.nanoTime();
            read[i] = t1 - t0;
            chain[i] = t2 - t1;
            count[i] = t3 - t2;
        }
        var result = (vn.dangbo.congress.counting.CountResult) last;
        System.out.println("ballots=" + result.collected() + " valid=" + result.valid() + " candidates=" + result.candidates().size()
                + " elected=" + result.elected().size());
        System.out.println("in-app tally (Tally.count), median ms: " + median(count));
        System.out.println("read and check the log, median ms: " + median(read));
        System.out.println("hash chain (canonical forms and SHA-256), median ms: " + median(chain));
    }

    static String median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%.2f", sorted[sorted.length / 2] / 1e6);
    }
}
