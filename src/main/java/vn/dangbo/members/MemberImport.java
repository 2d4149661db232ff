package vn.dangbo.members;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.SpreadsheetException;
import vn.dangbo.shared.SpreadsheetFile;
import vn.dangbo.shared.Spreadsheets;
import vn.dangbo.shared.Viewer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Member import from xlsx: the template, and uploads checked and saved on a worker thread while
 * the page shows progress. Every row is checked before anything is saved; one problem anywhere
 * and nothing is. Jobs live in memory for {@link #KEEP} after they finish, visible to their owner only.
 */
@Service
public class MemberImport {

    public static final int MAX_ROWS = MemberSpreadsheet.MAX_ROWS;
    static final Duration KEEP = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(MemberImport.class);

    private final MemberRegistry registry;
    private final OrganizationDirectory organization;
    private final MessageSource messages;
    private final Clock clock;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    /** One import at a time: a large one takes a core and a few hundred MB; a few more may wait. */
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4),
            Thread.ofPlatform().name("member-import-", 1).daemon(true).factory());

    MemberImport(MemberRegistry registry, OrganizationDirectory organization, MessageSource messages, Clock clock) {
        this.registry = registry;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    public SpreadsheetFile template(Viewer viewer) {
        requireManager(viewer);
        MemberSpreadsheet format = spreadsheet();
        return new SpreadsheetFile("mau-nhap-dang-vien.xlsx", format::writeTemplate);
    }

    /**
     * Takes an upload and starts checking it; returns the job's id. The upload goes to a temporary
     * file with a name of our own (never the one the browser sent), deleted when the job ends.
     */
    public String start(InputStream upload, Viewer viewer) {
        requireManager(viewer);
        forgetExpired();
        boolean busy = jobs.values().stream().anyMatch(j -> j.owner.equals(viewer.username()) && !j.finished());
        if (busy) {
            throw new MemberException("Tệp bạn tải lên trước đang được kiểm tra; hãy chờ xong rồi tải tệp khác.");
        }
        Path file = receive(upload);
        ImportJob job = new ImportJob(newId(), viewer.username(), clock);
        jobs.put(job.id, job);
        try {
            worker.execute(() -> run(job, file, viewer));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            delete(file);
            throw new MemberException("Máy chủ đang nhập nhiều tệp cùng lúc; hãy thử lại sau ít phút.");
        }
        return job.id;
    }

    public Optional<ImportStatus> status(String id, Viewer viewer) {
        return job(id, viewer).map(ImportJob::status);
    }

    /** Waits up to {@code max} for the job to end, so a small file's answer comes with the upload. */
    public Optional<ImportStatus> awaitFinish(String id, Viewer viewer, Duration max) {
        Optional<ImportJob> job = job(id, viewer);
        if (job.isPresent()) {
            try {
                job.get().awaitFinish(max);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return job.map(ImportJob::status);
    }

    private Optional<ImportJob> job(String id, Viewer viewer) {
        forgetExpired();
        ImportJob job = jobs.get(id);
        return job != null && job.owner.equals(viewer.username()) ? Optional.of(job) : Optional.empty();
    }

    private void run(ImportJob job, Path file, Viewer viewer) {
        try {
            MemberSpreadsheet.Reading reading = spreadsheet().read(file, new MemberSpreadsheet.Taken() {
                @Override
                public java.util.List<String> citizenIds(java.util.List<String> ids) {
                    return registry.takenCitizenIds(ids);
                }

                @Override
                public java.util.List<String> cardNumbers(java.util.List<String> cards) {
                    return registry.takenCardNumbers(cards);
                }
            }, job);
            if (!reading.problems().isEmpty()) {
                job.rejected(reading);
                return;
            }
            job.saving(reading.members().size());
            int imported = registry.importAll(reading.members(), viewer);
            job.imported(imported, reading);
            log.info("{} imported {} members", viewer.username(), imported);
        } catch (SpreadsheetException e) {
            job.failed(e.getMessage());
        } catch (MemberException e) {
            // checked again while saving: someone else may have saved the same number meanwhile
            job.failed(e.getMessage() + " Không dòng nào được lưu.");
        } catch (AccessDeniedException e) {
            job.failed("Bạn không có quyền nhập danh sách đảng viên.");
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("member import {} failed", job.id, e);
            job.failed("Không nhập được tệp do lỗi của hệ thống; không dòng nào được lưu. Hãy thử lại hoặc báo quản trị.");
        } finally {
            delete(file);
        }
    }

    private MemberSpreadsheet spreadsheet() {
        return new MemberSpreadsheet(MemberSpreadsheet.labels(messages), organization.activeCells(), registry.today());
    }

    private static Path receive(InputStream upload) {
        Path file = null;
        try {
            file = Files.createTempFile("dangbo-import-", ".xlsx");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            Spreadsheets.requireXlsx(file);
            return file;
        } catch (IOException e) {
            delete(file);
            throw new MemberException("Không nhận được trọn vẹn tệp tải lên; hãy thử lại.");
        } catch (SpreadsheetException e) {
            delete(file);
            throw new MemberException(e.getMessage());
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete an import's temporary file", e);
        }
    }

    private void forgetExpired() {
        jobs.values().removeIf(job -> job.expired(clock.instant(), KEEP));
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void requireManager(Viewer viewer) {
        viewer.require(viewer.managesMembers());
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
