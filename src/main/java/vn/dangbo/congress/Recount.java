package vn.dangbo.congress;

import vn.dangbo.congress.ballotlog.BallotLog;
import vn.dangbo.congress.ballotlog.BallotLogReader;
import vn.dangbo.congress.ballotlog.JsonWriter;
import vn.dangbo.congress.ballotlog.MalformedBallotLog;
import vn.dangbo.congress.ballotlog.RecountReport;
import vn.dangbo.congress.counting.CountResult;
import vn.dangbo.congress.counting.ElectionRules;
import vn.dangbo.congress.counting.InconsistentCount;
import vn.dangbo.congress.counting.Tally;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * {@code java -jar dangbo.jar recount FILE [--json]}: recounts a round from its ballot log with no
 * database and no server (ballot-log.md). Runs before any Spring context exists. Exit status:
 * 0 counted; 2 the file cannot be read, is too large, malformed or breaks a rule of the format
 * (and for wrong arguments); 3 the hash chain is broken; 4 the counts are inconsistent.
 */
public final class Recount {

    public static final int COUNTED = 0;
    public static final int MALFORMED = 2;
    public static final int BROKEN_CHAIN = 3;
    public static final int INCONSISTENT = 4;

    /** Far above a national round (1,600 ballots × 200 names is a few MiB); keeps a hostile file out of memory. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private static final String USAGE = "Cách dùng: java -jar dangbo.jar recount TỆP [--json]";

    private Recount() {
    }

    /** @param args the arguments after {@code recount} */
    public static void main(String[] args) {
        // Not System.out: its encoding follows the locale and would turn Vietnamese into '?'.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(Arrays.asList(args), out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** @param args the arguments after {@code recount} */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean json = false;
        String file = null;
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("--") || file != null) {
                err.println("recount: đối số không hợp lệ: " + arg);
                err.println(USAGE);
                return MALFORMED;
            } else {
                file = arg;
            }
        }
        if (file == null) {
            err.println(USAGE);
            return MALFORMED;
        }

        byte[] bytes;
        try {
            bytes = readBounded(Path.of(file));
        } catch (TooLarge e) {
            err.println("recount: tệp quá lớn: quá " + (MAX_BYTES / (1024 * 1024)) + " MiB, không phải một nhật ký phiếu.");
            return MALFORMED;
        } catch (IOException | RuntimeException e) {
            err.println("recount: không đọc được tệp " + file + ".");
            return MALFORMED;
        }

        BallotLog log;
        try {
            log = BallotLogReader.read(bytes);
        } catch (MalformedBallotLog e) {
            err.println("recount: nhật ký phiếu không hợp lệ: " + e.getMessage());
            return MALFORMED;
        } catch (StackOverflowError | OutOfMemoryError e) {
            err.println("recount: nhật ký phiếu không hợp lệ: tệp quá phức tạp để đọc.");
            return MALFORMED;
        }

        // The chain and the count need nothing from each other: on two cores the chain (SHA-256 over
        // the whole log, and the security providers' start-up) is checked beside the count. Its
        // verdict is still heard first, as the exit statuses rank a broken chain above a bad count.
        FutureTask<OptionalInt> chain = new FutureTask<>(log::firstBrokenSeq);
        Thread chainThread = new Thread(chain, "recount-chain");
        chainThread.setDaemon(true);
        chainThread.start();
        CountResult result = null;
        InconsistentCount inconsistent = null;
        try {
            result = Tally.count(ElectionRules.DEFAULT, log.round());
        } catch (InconsistentCount e) {
            inconsistent = e;
        }
        String report = result == null ? null
                : json ? JsonWriter.pretty(RecountReport.json(result)) : RecountReport.table(result, log);
        OptionalInt broken = brokenSeq(chain);
        if (broken.isPresent()) {
            err.println("recount: chuỗi băm bị phá vỡ ở phiếu seq " + broken.getAsInt()
                    + ": nội dung phiếu đã bị sửa hoặc mã băm lưu kèm không đúng.");
            return BROKEN_CHAIN;
        }
        if (inconsistent != null) {
            err.println("recount: số liệu không khớp: " + inconsistent.getMessage());
            return INCONSISTENT;
        }
        out.print(report);
        out.flush();
        return COUNTED;
    }

    private static OptionalInt brokenSeq(FutureTask<OptionalInt> chain) {
        try {
            return chain.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("checking the hash chain failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the hash chain", e);
        }
    }

    private static byte[] readBounded(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new IOException("not a regular file");
        }
        if (Files.size(path) > MAX_BYTES) {
            throw new TooLarge();
        }
        // The size may change between the check and the read: never read past the cap.
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TooLarge();
            }
            return bytes;
        }
    }

    private static final class TooLarge extends IOException {
    }
}
