package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Uploaded PDF and DOCX files of the handbook (document attachments, study reflections): checked by
 * their content ({@link AttachmentText}), stored under the data directory with generated names, and
 * removed again when the transaction that stored them does not commit.
 */
@Component
class StoredFiles {

    static final long MAX_FILE = 20L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);

    /** An upload that passed the checks: the name to show, its kind and its text. */
    record Checked(String name, AttachmentText.Kind kind, String text, byte[] content) {
    }

    private final Path root;

    StoredFiles(@Value("${dangbo.data-dir}") String dataDir) {
        this.root = Path.of(dataDir);
    }

    static Checked check(@Nullable String uploadedName, byte @Nullable [] content) {
        if (content == null || content.length == 0 || uploadedName == null || uploadedName.isBlank()) {
            throw new HandbookException("Chưa chọn tệp, hoặc tệp rỗng.");
        }
        if (content.length > MAX_FILE) {
            throw new HandbookException("Tệp quá lớn: tối đa 20 MB.");
        }
        String name = AttachmentText.safeName(uploadedName);
        AttachmentText.Kind kind = AttachmentText.kindOf(name);
        return new Checked(name, kind, AttachmentText.extract(kind, content), content);
    }

    Path path(String folder, String storedName) {
        return root.resolve(folder).resolve(storedName);
    }

    /** Writes the file under a new name in the folder; the name is returned, the file dropped on rollback. */
    String store(String folder, Checked file) {
        String stored = UUID.randomUUID() + (file.kind() == AttachmentText.Kind.PDF ? ".pdf" : ".docx");
        Path target = path(folder, stored);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, file.content(), StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(target);
                }
            }
        });
        return stored;
    }

    /** A file replaced by another goes once the replacement is committed. */
    void deleteAfterCommit(String folder, String storedName) {
        Path target = path(folder, storedName);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delete(target);
            }
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the stored file {}", file.getFileName());
        }
    }
}
