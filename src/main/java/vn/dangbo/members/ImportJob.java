package vn.dangbo.members;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One upload being imported on the worker thread. The page polls it while the worker writes, so
 * every field the page reads is volatile and the final result is published in one write.
 */
final class ImportJob implements MemberSpreadsheet.Progress {

    private record Result(int rows, int imported, List<ImportProblem> problems, int problemCount, int rowsWithProblems,
                          @Nullable String message, List<String> ignoredColumns) {
    }

    private static final Result NONE = new Result(0, 0, List.of(), 0, 0, null, List.of());

    final String id;
    final String owner;
    private volatile ImportStatus.State state = ImportStatus.State.WAITING;
    private volatile int done;
    private volatile int total;
    private volatile Result result = NONE;
    private volatile @Nullable Instant finishedAt;
    private final CountDownLatch finished = new CountDownLatch(1);

    private final Clock clock;

    ImportJob(String id, String owner, Clock clock) {
        this.id = id;
        this.owner = owner;
        this.clock = clock;
    }

    ImportStatus status() {
        Result r = result;
        return new ImportStatus(id, state, done, total, r.rows(), r.imported(), r.problems(), r.problemCount(),
                r.rowsWithProblems(), r.message(), r.ignoredColumns());
    }

    boolean finished() {
        return state.finished();
    }

    boolean expired(Instant now, Duration keep) {
        Instant at = finishedAt;
        return at != null && at.plus(keep).isBefore(now);
    }

    boolean awaitFinish(Duration max) throws InterruptedException {
        return finished.await(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    // ---- progress, told by the reader

    @Override
    public void expect(int rows) {
        total = rows;
    }

    @Override
    public void checked(int rows) {
        state = ImportStatus.State.CHECKING_ROWS;
        done = rows;
        if (rows > total) {
            total = 0;
        }
    }

    @Override
    public void compared(int done, int total) {
        state = ImportStatus.State.COMPARING;
        this.total = total;
        this.done = done;
    }

    void saving(int rows) {
        done = 0;
        total = rows;
        state = ImportStatus.State.SAVING;
    }

    // ---- endings

    void imported(int count, MemberSpreadsheet.Reading reading) {
        finish(ImportStatus.State.IMPORTED, new Result(reading.members().size(), count, List.of(), 0, 0, null, reading.ignoredColumns()));
    }

    void rejected(MemberSpreadsheet.Reading reading) {
        ImportProblems problems = reading.problems();
        finish(ImportStatus.State.REJECTED, new Result(reading.members().size(), 0, problems.shown(), problems.count(),
                problems.rowCount(), null, reading.ignoredColumns()));
    }

    void failed(String message) {
        finish(ImportStatus.State.FAILED, new Result(0, 0, List.of(), 0, 0, message, List.of()));
    }

    private void finish(ImportStatus.State end, Result r) {
        result = r;
        finishedAt = clock.instant();
        state = end;
        finished.countDown();
    }
}
