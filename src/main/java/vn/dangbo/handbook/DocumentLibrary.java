package vn.dangbo.handbook;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dangbo.shared.VietnameseText;
import vn.dangbo.shared.Viewer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The document library (issue #4, items 1–2): the committee adds and edits documents and attaches
 * their files; members read and search what their visibility allows. A committee-only document
 * does not exist for anyone else. Files live under the data directory with generated names.
 */
@Service
@Transactional(readOnly = true)
public class DocumentLibrary {

    static final int MAX_NUMBER = 60;
    static final int MAX_ISSUER = 200;
    static final int MAX_TITLE = 500;
    static final int MAX_SUMMARY = 4_000;
    static final int MAX_FULL_TEXT = 200_000;
    static final long MAX_FILE = StoredFiles.MAX_FILE;
    private static final String FOLDER = "documents";
    static final LocalDate EARLIEST = LocalDate.of(1930, 2, 3);
    public static final int PAGE_SIZE = 10;

    private static final Logger log = LoggerFactory.getLogger(DocumentLibrary.class);

    private final PartyDocuments documents;
    private final DocumentAttachments attachments;
    private final DocumentSearch search;
    private final StoredFiles storedFiles;
    private final Clock clock;

    DocumentLibrary(PartyDocuments documents, DocumentAttachments attachments, DocumentSearch search,
                    StoredFiles storedFiles, Clock clock) {
        this.documents = documents;
        this.attachments = attachments;
        this.search = search;
        this.storedFiles = storedFiles;
        this.clock = clock;
    }

    /** A file to send: where it is, and the name and type to send it under. */
    public record AttachmentFile(Path path, String fileName, String contentType) {
    }

    public static boolean mayEdit(Viewer viewer) {
        return viewer.seesAllCells();
    }

    public long count() {
        return documents.count();
    }

    public boolean isEmpty() {
        return documents.count() == 0;
    }

    /** What the search form offers: the issuers and the years (latest first) of the documents one may read. */
    public record Filters(List<String> issuers, List<Integer> years) {
    }

    /** The lists read from the database for one index revision, for members and for the committee. */
    private record FilterLists(String revision, Filters members, Filters committee) {
    }

    private volatile @Nullable FilterLists filterLists;

    /**
     * The filter lists of the documents the viewer may read. They are read again only when the
     * index reflects another library revision (a document saved here, or the shared index updated
     * by another node), so they always offer what the search can find, without a query per page.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Filters filters(Viewer viewer) {
        String revision = search.revision();
        FilterLists lists = filterLists;
        if (lists == null || !lists.revision().equals(revision)) {
            List<DocumentVisibility> all = List.of(DocumentVisibility.values());
            List<DocumentVisibility> members = List.of(DocumentVisibility.ALL_MEMBERS);
            lists = new FilterLists(revision, new Filters(documents.issuers(members), documents.years(members)),
                    new Filters(documents.issuers(all), documents.years(all)));
            filterLists = lists;
        }
        return mayEdit(viewer) ? lists.committee() : lists.members();
    }

    /** The page asked for; the index answers, the database is not asked. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public DocumentHits search(Viewer viewer, DocumentQuery query, int page) {
        if (query.text() != null && query.text().length() > 1_000) {
            throw new HandbookException("Từ khóa tìm kiếm quá dài (tối đa " + LuceneDocumentSearch.MAX_QUERY + " ký tự).");
        }
        return search.search(query, mayEdit(viewer), Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
    }

    public DocumentView document(Viewer viewer, long id) {
        PartyDocument document = readable(viewer, id);
        return document.toView(attachments.findByDocumentIdOrderById(id).stream().map(DocumentAttachment::toView).toList());
    }

    public AttachmentFile attachment(Viewer viewer, long documentId, long attachmentId) {
        readable(viewer, documentId);
        DocumentAttachment attachment = attachments.findByIdAndDocumentId(attachmentId, documentId)
                .orElseThrow(() -> DocumentNotFound.forId(documentId));
        return new AttachmentFile(storedFiles.path(FOLDER, attachment.getStoredName()), attachment.getFileName(), attachment.getContentType());
    }

    @Transactional
    public long add(Viewer viewer, DocumentForm form) {
        viewer.require(mayEdit(viewer));
        PartyDocument document = documents.save(new PartyDocument(check(form), Instant.now(clock), viewer.username()));
        reindexAfterCommit(document.getId());
        return document.getId();
    }

    /**
     * Many documents at once (an archive moved in, a benchmark's data set), in one transaction. The
     * search index is not touched per document: it catches up in {@link #refreshIndexIfStale()},
     * which the server runs at start and a caller may run when done.
     */
    @Transactional
    public int addAll(Viewer viewer, List<DocumentForm> forms) {
        viewer.require(mayEdit(viewer));
        List<PartyDocument> checked = new ArrayList<>(forms.size());
        for (DocumentForm form : forms) {
            checked.add(new PartyDocument(check(form), Instant.now(clock), viewer.username()));
        }
        documents.saveAll(checked);
        return checked.size();
    }

    @Transactional
    public void edit(Viewer viewer, long id, DocumentForm form) {
        viewer.require(mayEdit(viewer));
        PartyDocument document = documents.findById(id).orElseThrow(() -> DocumentNotFound.forId(id));
        document.revise(check(form), Instant.now(clock), viewer.username());
        reindexAfterCommit(id);
    }

    /** Checks the file by its content, extracts its text and stores it; a refused file leaves nothing behind. */
    @Transactional
    public AttachmentView attach(Viewer viewer, long id, @Nullable String uploadedName, byte @Nullable [] content) {
        viewer.require(mayEdit(viewer));
        PartyDocument document = documents.findById(id).orElseThrow(() -> DocumentNotFound.forId(id));
        StoredFiles.Checked file = StoredFiles.check(uploadedName, content);
        String stored = storedFiles.store(FOLDER, file);
        DocumentAttachment attachment = attachments.save(new DocumentAttachment(id, file.name(), stored, file.kind().contentType,
                file.content().length, file.text(), Instant.now(clock), viewer.username()));
        document.touch(Instant.now(clock), viewer.username());
        documents.flush();
        reindexAfterCommit(id);
        return attachment.toView();
    }

    /** At start-up of the server (not of a command), the index catches up with the database. */
    @Component
    @Profile("!command")
    static class OnStart {

        private final DocumentLibrary library;

        OnStart(DocumentLibrary library) {
            this.library = library;
        }

        @EventListener(ApplicationReadyEvent.class)
        void refresh() {
            library.refreshIndexIfStale();
        }
    }

    /** Rebuilds the index when the library revision it reflects is not the database's. */
    public void refreshIndexIfStale() {
        String revision = documents.revision();
        if (!revision.equals(search.revision()) && !("0:0".equals(revision) && search.revision().isEmpty())) {
            List<IndexedDocument> all = new ArrayList<>();
            for (PartyDocument document : documents.findAll()) {
                all.add(indexed(document));
            }
            search.rebuild(all, revision);
            log.info("Document index rebuilt: {} documents", all.size());
        }
    }

    private IndexedDocument indexed(PartyDocument document) {
        DocumentView view = document.toView(List.of());
        StringBuilder text = new StringBuilder(view.fullText());
        for (DocumentAttachment attachment : attachments.findByDocumentIdOrderById(view.id())) {
            text.append('\n').append(attachment.getExtractedText());
        }
        return new IndexedDocument(view.id(), view.type(), view.number(), view.issuer(), view.issuedOn(), view.title(),
                view.summary(), text.toString(), view.visibility());
    }

    private void reindexAfterCommit(long id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                documents.findById(id).ifPresent(d -> search.index(indexed(d), documents.revision()));
            }
        });
    }

    private PartyDocument readable(Viewer viewer, long id) {
        PartyDocument document = documents.findById(id).orElseThrow(() -> DocumentNotFound.forId(id));
        if (document.getVisibility() == DocumentVisibility.COMMITTEE_ONLY && !mayEdit(viewer)) {
            throw DocumentNotFound.forId(id);
        }
        return document;
    }

    /** Cleans and checks what was entered; all problems in one Vietnamese message. */
    DocumentInput check(DocumentForm form) {
        List<String> problems = new ArrayList<>();
        String number = line(form.number());
        String issuer = line(form.issuer());
        String title = line(form.title());
        String summary = block(form.summary());
        String fullText = block(form.fullText());
        if (form.type() == null) {
            problems.add("chọn loại văn bản");
        }
        if (number.isEmpty() || number.length() > MAX_NUMBER || !number.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ./\\-–]*")) {
            problems.add("số, ký hiệu không được để trống, tối đa " + MAX_NUMBER + " ký tự, chỉ gồm chữ, số, dấu cách, dấu chấm, dấu gạch và dấu /");
        }
        if (issuer.isEmpty() || issuer.length() > MAX_ISSUER) {
            problems.add("cơ quan ban hành không được để trống, tối đa " + MAX_ISSUER + " ký tự");
        }
        if (form.issuedOn() == null || form.issuedOn().isBefore(EARLIEST) || form.issuedOn().isAfter(LocalDate.now(clock))) {
            problems.add("ngày ban hành phải từ 03/02/1930 đến hôm nay");
        }
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add("trích yếu không được để trống, tối đa " + MAX_TITLE + " ký tự");
        }
        if (summary.length() > MAX_SUMMARY) {
            problems.add("tóm tắt tối đa 4.000 ký tự");
        }
        if (fullText.length() > MAX_FULL_TEXT) {
            problems.add("toàn văn tối đa 200.000 ký tự");
        }
        if (form.visibility() == null) {
            problems.add("chọn phạm vi xem");
        }
        if (!problems.isEmpty()) {
            throw new HandbookException("Chưa lưu văn bản: " + String.join("; ", problems) + ".");
        }
        return new DocumentInput(form.type(), number, issuer, form.issuedOn(), title, summary, fullText, form.visibility());
    }

    private static String line(@Nullable String text) {
        return text == null ? "" : VietnameseText.clean(text.replaceAll("\\p{Cntrl}", " "));
    }

    private static String block(@Nullable String text) {
        return text == null ? "" : java.text.Normalizer.normalize(text.replace("\r\n", "\n"), java.text.Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}&&[^\n]]", " ").strip();
    }
}
