package vn.dangbo.handbook;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import vn.dangbo.shared.Viewer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library on a real database with the demo documents: search through the service, visibility per role, uploads. */
@SpringBootTest
class DocumentLibraryIntegrationTests {

    static final Viewer COMMITTEE = new Viewer("bithu.dangbo", Set.of(Viewer.COMMITTEE), null, null);
    static final Viewer SECRETARY = new Viewer("bithu.chibo1", Set.of(Viewer.CELL_SECRETARY), 2L, 3L);
    static final Viewer MEMBER = new Viewer("dangvien", Set.of(Viewer.MEMBER), 2L, 5L);

    @Autowired
    DocumentLibrary library;
    @Autowired
    DocumentSearch search;
    @Autowired
    PartyDocuments documents;
    @Autowired
    DocumentAttachments attachments;
    @Value("${dangbo.data-dir}")
    String dataDir;

    static DocumentForm form(String number, String title, String text, DocumentVisibility visibility) {
        return new DocumentForm(DocumentType.NOTICE, number, "Chi bộ 1", LocalDate.of(2024, 5, 6), title, "", text, visibility);
    }

    List<String> numbers(Viewer viewer, DocumentQuery query) {
        return library.search(viewer, query, 0).hits().stream().map(DocumentHit::number).toList();
    }

    @Test
    void theDemoDocumentsAreFoundByNumberInAnySpellingAndByWordsWithoutDiacritics() {
        for (String typed : List.of("04-NQ/TW", "04-nq/tw", "04 NQ TW")) {
            assertThat(numbers(MEMBER, DocumentQuery.text(typed))).first().isEqualTo("04-NQ/TW");
        }
        assertThat(numbers(MEMBER, DocumentQuery.text("08 qdi tw"))).first().isEqualTo("08-QĐi/TW");
        assertThat(numbers(MEMBER, DocumentQuery.text("phong cach ho chi minh"))).first().isEqualTo("05-CT/TW");
        assertThat(numbers(MEMBER, new DocumentQuery(null, DocumentType.RESOLUTION, 2016, null))).containsExactly("04-NQ/TW");
        assertThat(numbers(MEMBER, new DocumentQuery(null, null, null, "bộ chính trị"))).containsExactly("05-CT/TW");
    }

    @Test
    void exactDiacriticsRankFirstThroughTheService() {
        library.add(COMMITTEE, form("1-TB/CB", "Thông báo tuyên dương", "Tuyên dương, biểu dương đảng viên", DocumentVisibility.ALL_MEMBERS));
        library.add(COMMITTEE, form("2-TB/CB", "Thông báo về con đường", "Đường đến hội trường", DocumentVisibility.ALL_MEMBERS));

        List<String> found = numbers(MEMBER, DocumentQuery.text("đường"));
        List<String> ordered = found.stream().filter(n -> n.equals("1-TB/CB") || n.equals("2-TB/CB")).toList();
        assertThat(ordered).containsExactly("2-TB/CB", "1-TB/CB");
        assertThat(found.indexOf("27-TB/ĐU")).as("the demo notice with only 'dương'").isGreaterThan(found.indexOf("15-KH/ĐU"));
        DocumentHit hit = library.search(MEMBER, DocumentQuery.text("con duong"), 0).hits().getFirst();
        assertThat(hit.titleHtml()).isEqualTo("Thông báo về <mark>con</mark> <mark>đường</mark>");
    }

    @Test
    void committeeOnlyDocumentsExistOnlyForTheCommittee() {
        long secret = library.add(COMMITTEE, form("9-TB/CB", "Kết quả kiểm điểm bí mật", "nội dung kín", DocumentVisibility.COMMITTEE_ONLY));

        assertThat(numbers(COMMITTEE, DocumentQuery.text("kiem diem bi mat"))).containsExactly("9-TB/CB");
        assertThat(library.document(COMMITTEE, secret).title()).isEqualTo("Kết quả kiểm điểm bí mật");
        for (Viewer other : List.of(SECRETARY, MEMBER)) {
            assertThat(numbers(other, DocumentQuery.text("kiem diem bi mat"))).isEmpty();
            assertThat(numbers(other, DocumentQuery.text("9-TB/CB"))).doesNotContain("9-TB/CB");
            assertThat(numbers(other, DocumentQuery.all())).doesNotContain("31-TB/ĐU");
            assertThatThrownBy(() -> library.document(other, secret)).isInstanceOf(DocumentNotFound.class);
            assertThatThrownBy(() -> library.attachment(other, secret, 1)).isInstanceOf(DocumentNotFound.class);
        }
        assertThat(library.search(COMMITTEE, DocumentQuery.all(), 0).total())
                .isGreaterThan(library.search(MEMBER, DocumentQuery.all(), 0).total());
    }

    @Test
    void onlyTheCommitteeAddsAndEdits() {
        long id = library.add(COMMITTEE, form("3-TB/CB", "Lịch sinh hoạt", "", DocumentVisibility.ALL_MEMBERS));
        DocumentForm changed = form("3-TB/CB", "Lịch sinh hoạt chi bộ tháng 6", "", DocumentVisibility.ALL_MEMBERS);

        assertThatThrownBy(() -> library.add(MEMBER, changed)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.edit(SECRETARY, id, changed)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.attach(MEMBER, id, "a.pdf", new byte[]{1})).isInstanceOf(AccessDeniedException.class);

        library.edit(COMMITTEE, id, changed);
        assertThat(library.document(MEMBER, id).title()).isEqualTo("Lịch sinh hoạt chi bộ tháng 6");
        assertThat(numbers(MEMBER, DocumentQuery.text("sinh hoat thang 6"))).containsExactly("3-TB/CB");
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingSaved() {
        long before = documents.count();
        assertThatThrownBy(() -> library.add(COMMITTEE, new DocumentForm(null, "", "", null, "", "", "", null)))
                .isInstanceOf(HandbookException.class).hasMessageStartingWith("Chưa lưu văn bản: chọn loại văn bản; số, ký hiệu không được để trống");
        assertThatThrownBy(() -> library.add(COMMITTEE, form("<script>alert(1)</script>", "Tiêu đề", "", DocumentVisibility.ALL_MEMBERS)))
                .hasMessageContaining("số, ký hiệu");
        assertThatThrownBy(() -> library.add(COMMITTEE, form("1'; drop table party_document; --", "Tiêu đề", "", DocumentVisibility.ALL_MEMBERS)))
                .hasMessageContaining("số, ký hiệu");
        assertThatThrownBy(() -> library.add(COMMITTEE, form("4-TB/CB", "x".repeat(501), "", DocumentVisibility.ALL_MEMBERS)))
                .hasMessageContaining("trích yếu không được để trống, tối đa 500 ký tự");
        assertThatThrownBy(() -> library.add(COMMITTEE, new DocumentForm(DocumentType.PLAN, "5-KH", "Chi bộ", LocalDate.now().plusDays(2),
                "Kế hoạch", "", "", DocumentVisibility.ALL_MEMBERS))).hasMessageContaining("ngày ban hành");
        assertThat(documents.count()).isEqualTo(before);

        long id = library.add(COMMITTEE, form("6-TB/CB", "<b>Đậm</b> & \"nháy\"", "", DocumentVisibility.ALL_MEMBERS));
        assertThat(library.document(MEMBER, id).title()).isEqualTo("<b>Đậm</b> & \"nháy\"");
        assertThat(library.search(MEMBER, DocumentQuery.text("6-TB/CB"), 0).hits().getFirst().titleHtml())
                .isEqualTo("&lt;b&gt;Đậm&lt;/b&gt; &amp; &quot;nháy&quot;");
    }

    @Test
    void attachmentsAreCheckedStoredUnderGeneratedNamesAndSearched() throws Exception {
        long id = library.add(COMMITTEE, form("7-TB/CB", "Tài liệu sinh hoạt", "", DocumentVisibility.ALL_MEMBERS));
        Path files = Path.of(dataDir, "documents");

        AttachmentView pdf = library.attach(COMMITTEE, id, "../../../etc/Tai lieu.pdf", AttachmentTextTests.pdf("Chuyen de hoc tap khoa hoc"));
        AttachmentView docx = library.attach(COMMITTEE, id, "C:\\tmp\\Bài thu hoạch.docx", AttachmentTextTests.docx("Bài thu hoạch về nêu gương"));

        assertThat(pdf.fileName()).isEqualTo("Tai lieu.pdf");
        assertThat(docx.fileName()).isEqualTo("Bài thu hoạch.docx");
        DocumentLibrary.AttachmentFile file = library.attachment(MEMBER, id, pdf.id());
        assertThat(file.path().getParent()).isEqualTo(files);
        assertThat(file.path().getFileName().toString()).matches("[0-9a-f\\-]{36}\\.pdf");
        assertThat(Files.size(file.path())).isEqualTo(pdf.sizeBytes());
        assertThat(numbers(MEMBER, DocumentQuery.text("chuyen de hoc tap khoa hoc"))).first().isEqualTo("7-TB/CB");
        assertThat(numbers(MEMBER, DocumentQuery.text("bài thu hoạch nêu gương"))).first().isEqualTo("7-TB/CB");
        assertThat(library.document(MEMBER, id).attachments()).hasSize(2);

        long filesBefore;
        try (Stream<Path> list = Files.list(files)) {
            filesBefore = list.count();
        }
        long rowsBefore = attachments.count();
        byte[] fake = "MZ this is an executable".getBytes();
        assertThatThrownBy(() -> library.attach(COMMITTEE, id, "nghi-quyet.pdf", fake)).hasMessage("Tệp không phải là PDF hợp lệ.");
        assertThatThrownBy(() -> library.attach(COMMITTEE, id, "virus.exe", fake)).hasMessage("Chỉ nhận tệp PDF hoặc DOCX.");
        assertThatThrownBy(() -> library.attach(COMMITTEE, id, "rong.pdf", new byte[0])).hasMessage("Chưa chọn tệp, hoặc tệp rỗng.");
        assertThatThrownBy(() -> library.attach(COMMITTEE, id, "lon.pdf", new byte[21 * 1024 * 1024])).hasMessage("Tệp quá lớn: tối đa 20 MB.");
        assertThat(attachments.count()).isEqualTo(rowsBefore);
        try (Stream<Path> list = Files.list(files)) {
            assertThat(list.count()).isEqualTo(filesBefore);
        }
    }

    @Test
    void aStaleIndexIsRebuiltFromTheDatabase() {
        search.rebuild(List.of(), "0:0");
        assertThat(numbers(MEMBER, DocumentQuery.text("04-NQ/TW"))).isEmpty();

        library.refreshIndexIfStale();

        assertThat(search.revision()).isEqualTo(documents.revision());
        assertThat(numbers(MEMBER, DocumentQuery.text("04-NQ/TW"))).first().isEqualTo("04-NQ/TW");
    }

    @Test
    void theFilterListsFollowEverySavedDocumentAndLeaveOutCommitteeOnlyOnes() {
        assertThat(library.filters(MEMBER).issuers()).doesNotContain("Ban Kiểm tra Đảng ủy xã Tân Lập");

        long open = library.add(COMMITTEE, new DocumentForm(DocumentType.NOTICE, "5-TB/UBKT", "Ban Kiểm tra Đảng ủy xã Tân Lập",
                LocalDate.of(1999, 9, 9), "Thông báo kết luận kiểm tra", "", "", DocumentVisibility.ALL_MEMBERS));
        library.add(COMMITTEE, new DocumentForm(DocumentType.NOTICE, "6-TB/UBKT", "Tổ công tác đặc biệt",
                LocalDate.of(1998, 8, 8), "Thông báo nội bộ", "", "", DocumentVisibility.COMMITTEE_ONLY));

        assertThat(library.filters(MEMBER).issuers()).contains("Ban Kiểm tra Đảng ủy xã Tân Lập").doesNotContain("Tổ công tác đặc biệt");
        assertThat(library.filters(MEMBER).years()).contains(1999).doesNotContain(1998);
        assertThat(library.filters(COMMITTEE).issuers()).contains("Ban Kiểm tra Đảng ủy xã Tân Lập", "Tổ công tác đặc biệt");
        assertThat(library.filters(COMMITTEE).years()).contains(1999, 1998);

        library.edit(COMMITTEE, open, new DocumentForm(DocumentType.NOTICE, "5-TB/UBKT", "Ủy ban Kiểm tra Đảng ủy xã Tân Lập",
                LocalDate.of(1999, 9, 9), "Thông báo kết luận kiểm tra", "", "", DocumentVisibility.ALL_MEMBERS));
        assertThat(library.filters(MEMBER).issuers()).contains("Ủy ban Kiểm tra Đảng ủy xã Tân Lập")
                .doesNotContain("Ban Kiểm tra Đảng ủy xã Tân Lập");
    }
}
