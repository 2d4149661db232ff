package vn.dangbo.handbook;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded index on its own: diacritic-blind recall, exact-diacritic ranking, numbers, filters, highlights, pages. */
class LuceneDocumentSearchTests {

    @TempDir
    Path directory;
    LuceneDocumentSearch search;

    static IndexedDocument doc(long id, DocumentType type, String number, String issuer, LocalDate on, String title, String text,
                               DocumentVisibility visibility) {
        return new IndexedDocument(id, type, number, issuer, on, title, "", text, visibility);
    }

    @BeforeEach
    void index() {
        search = new LuceneDocumentSearch(directory);
        search.rebuild(List.of(
                // many mentions of "dương", to tempt the ranking
                doc(1, DocumentType.NOTICE, "12-TB/ĐU", "Đảng ủy", LocalDate.of(2020, 3, 1),
                        "Thông báo tuyên dương đảng viên", "Biểu dương, tuyên dương những đảng viên dương tính với lao động", DocumentVisibility.ALL_MEMBERS),
                doc(2, DocumentType.RESOLUTION, "04-NQ/TW", "Ban Chấp hành Trung ương", LocalDate.of(2016, 10, 30),
                        "Nghị quyết về tăng cường xây dựng, chỉnh đốn Đảng", "Đường lối của Đảng", DocumentVisibility.ALL_MEMBERS),
                doc(3, DocumentType.DIRECTIVE, "05-CT/TW", "Bộ Chính trị", LocalDate.of(2016, 5, 15),
                        "Chỉ thị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Học tập và làm theo", DocumentVisibility.ALL_MEMBERS),
                doc(4, DocumentType.REGULATION, "08-QĐi/TW", "Ban Chấp hành Trung ương", LocalDate.of(2018, 10, 25),
                        "Quy định về trách nhiệm nêu gương", "Nêu gương của cán bộ, đảng viên", DocumentVisibility.COMMITTEE_ONLY),
                doc(5, DocumentType.RESOLUTION, "40-NQ/ĐU", "Đảng ủy", LocalDate.of(2016, 12, 1),
                        "Nghị quyết lãnh đạo nhiệm vụ năm 2017", "Quán triệt <script>alert(1)</script> nghị quyết", DocumentVisibility.ALL_MEMBERS)),
                "5:5");
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    List<Long> ids(DocumentQuery query, boolean committee) {
        return search.search(query, committee, 0, 10).hits().stream().map(DocumentHit::id).toList();
    }

    @Test
    void exactDiacriticsRankFirstButFoldedWordsAreFoundToo() {
        assertThat(ids(DocumentQuery.text("đường"), true)).containsExactly(2L, 1L);
        assertThat(ids(DocumentQuery.text("dương"), true)).containsExactly(1L, 2L);
        assertThat(ids(DocumentQuery.text("DUONG"), true)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(DocumentQuery.text("nêu gương"), true)).containsExactly(4L);
        assertThat(ids(DocumentQuery.text("neu guong"), true)).containsExactly(4L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"04-NQ/TW", "04-nq/tw", "04 NQ TW", "04nqtw", " 04 - nq / tw "})
    void theNumberMatchesInAnySpacingOrCase(String typed) {
        assertThat(ids(DocumentQuery.text(typed), true)).first().isEqualTo(2L);
    }

    @Test
    void numbersWithĐAndStartsOfNumbersMatch() {
        assertThat(ids(DocumentQuery.text("08-qđi/tw"), true)).first().isEqualTo(4L);
        assertThat(ids(DocumentQuery.text("08 QDI TW"), true)).first().isEqualTo(4L);
        assertThat(ids(DocumentQuery.text("05-CT"), true)).first().isEqualTo(3L);
    }

    @Test
    void filtersByTypeYearAndIssuer() {
        assertThat(ids(new DocumentQuery(null, DocumentType.RESOLUTION, null, null), true)).containsExactly(5L, 2L);
        assertThat(ids(new DocumentQuery(null, null, 2016, null), true)).containsExactly(5L, 2L, 3L);
        assertThat(ids(new DocumentQuery("nghị quyết", null, 2016, "ban chấp hành trung ương"), true)).containsExactly(2L);
        assertThat(ids(new DocumentQuery(null, null, 2016, "Dang uy"), true)).containsExactly(5L);
    }

    @Test
    void committeeOnlyDocumentsAreLeftOutForMembers() {
        assertThat(ids(DocumentQuery.text("nêu gương"), false)).isEmpty();
        assertThat(ids(DocumentQuery.all(), false)).doesNotContain(4L).hasSize(4);
        assertThat(search.search(DocumentQuery.all(), false, 0, 10).total()).isEqualTo(4);
    }

    @Test
    void hitsAreMarkedInEscapedHtml() {
        DocumentHit hit = search.search(DocumentQuery.text("quan triet"), true, 0, 10).hits().getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>Quán</mark> <mark>triệt</mark>")
                .contains("&lt;script&gt;").doesNotContain("<script>");
        DocumentHit number = search.search(DocumentQuery.text("04 nq tw"), true, 0, 10).hits().getFirst();
        assertThat(number.numberHtml()).isEqualTo("<mark>04-NQ/TW</mark>");
        DocumentHit title = search.search(DocumentQuery.text("chinh don"), true, 0, 10).hits().getFirst();
        assertThat(title.titleHtml()).isEqualTo("Nghị quyết về tăng cường xây dựng, <mark>chỉnh</mark> <mark>đốn</mark> Đảng");
    }

    @Test
    void hostileQueriesFindNothingAndBreakNothing() {
        assertThat(ids(DocumentQuery.text("<script>alert(1)</script>"), true)).containsExactly(5L);
        assertThat(ids(DocumentQuery.text("' OR 1=1 --"), true)).isEmpty();
        assertThat(ids(DocumentQuery.text("title:* AND ~\"(["), true)).isEmpty();
        assertThat(ids(DocumentQuery.text("x".repeat(5_000)), true)).isEmpty();
        assertThat(ids(DocumentQuery.text("   "), true)).hasSize(5);
    }

    @Test
    void pagesInIssueOrderWithoutWords() {
        DocumentHits first = search.search(DocumentQuery.all(), true, 0, 2);
        DocumentHits third = search.search(DocumentQuery.all(), true, 2, 2);
        assertThat(first.hits()).extracting(DocumentHit::id).containsExactly(1L, 4L);
        assertThat(third.hits()).extracting(DocumentHit::id).containsExactly(3L);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(third.hasNext()).isFalse();
        assertThat(search.search(DocumentQuery.all(), true, 9, 2).hits()).isEmpty();
    }

    @Test
    void remembersTheRevisionItWasBuiltFrom() throws Exception {
        assertThat(search.revision()).isEqualTo("5:5");
        search.index(doc(6, DocumentType.PLAN, "01-KH/ĐU", "Đảng ủy", LocalDate.of(2021, 1, 4), "Kế hoạch", "", DocumentVisibility.ALL_MEMBERS), "6:6");
        search.close();
        search = new LuceneDocumentSearch(directory);
        assertThat(search.revision()).isEqualTo("6:6");
        assertThat(ids(DocumentQuery.text("01-KH/ĐU"), true)).first().isEqualTo(6L);
    }

    @Test
    void documentNumbersKeepOnlyLettersAndDigits() {
        assertThat(DocumentNumbers.key("04-NQ/TW")).isEqualTo("04nqtw");
        assertThat(DocumentNumbers.key("08-QĐi/TW")).isEqualTo("08qditw");
        assertThat(DocumentNumbers.looksLikeNumber("04 NQ TW")).isTrue();
        assertThat(DocumentNumbers.looksLikeNumber("nghị quyết")).isFalse();
    }

    @Test
    void anExactMatchInALongBodyStillOutranksFoldedMatchesInTitles() {
        search.index(doc(7, DocumentType.PLAN, "2-KH/CB", "Chi bộ", LocalDate.of(2022, 1, 1), "Kế hoạch năm",
                "Nội dung dài ".repeat(400) + "đường dẫn", DocumentVisibility.ALL_MEMBERS), "6:6");
        search.index(doc(8, DocumentType.NOTICE, "3-TB/CB", "Chi bộ", LocalDate.of(2022, 1, 2), "Dương dương dương",
                "Dương", DocumentVisibility.ALL_MEMBERS), "7:7");
        List<Long> found = ids(DocumentQuery.text("đường"), true);
        assertThat(found.indexOf(7L)).isLessThan(found.indexOf(8L)).isLessThan(found.indexOf(1L));
        assertThat(found.subList(0, 2)).containsExactlyInAnyOrder(2L, 7L);
    }

    @Test
    void withTheSameWordsMatchedTheDocumentWithThemInItsTitleComesBeforeOneThatRepeatsThemInItsBody() {
        String filler = "Các chi bộ thực hiện theo kế hoạch của cấp ủy và báo cáo kết quả hằng quý. ";
        search.index(doc(11, DocumentType.PLAN, "11-KH/CB", "Chi bộ", LocalDate.of(2024, 6, 1), "Kế hoạch công tác quý III",
                (filler + "Đẩy mạnh chuyển đổi số. ").repeat(5), DocumentVisibility.ALL_MEMBERS), "6:6");
        search.index(doc(12, DocumentType.PLAN, "12-KH/CB", "Chi bộ", LocalDate.of(2020, 6, 1), "Kế hoạch chuyển đổi số",
                filler.repeat(5) + "Trong đó có việc khác.", DocumentVisibility.ALL_MEMBERS), "7:7");

        // the older one first: issue date only breaks ties
        assertThat(ids(DocumentQuery.text("chuyển đổi số"), true)).containsExactly(12L, 11L);
        assertThat(ids(DocumentQuery.text("chuyen doi so"), true)).containsExactly(12L, 11L);
    }

    @Test
    void aHitDeepInALongBodyIsMarkedInAShortSnippet() {
        String body = "Nội dung dài của văn bản. ".repeat(4_000) + "Kiên quyết chống tham nhũng, tiêu cực. " + "Phần kết. ".repeat(500);
        search.index(new IndexedDocument(9, DocumentType.PLAN, "9-KH/CB", "Chi bộ", LocalDate.of(2023, 2, 3), "Kế hoạch năm",
                "Tóm tắt không nói đến điều đó.", body, DocumentVisibility.ALL_MEMBERS), "6:6");

        DocumentHit hit = search.search(DocumentQuery.text("tham nhung"), true, 0, 10).hits().getFirst();

        assertThat(hit.id()).isEqualTo(9L);
        assertThat(hit.snippetHtml()).contains("chống <mark>tham</mark> <mark>nhũng</mark>, tiêu cực")
                .hasSizeLessThan(400);
    }

    @Test
    void pastAThousandMatchesThePageSaysMoreThanAndStillPages() {
        List<IndexedDocument> many = new ArrayList<>();
        for (int i = 1; i <= 1_005; i++) {
            many.add(doc(i, DocumentType.PLAN, i + "-KH/CB", "Chi bộ", LocalDate.of(2020, 1, 1).plusDays(i), "Kế hoạch số " + i,
                    "Kế hoạch công tác", DocumentVisibility.ALL_MEMBERS));
        }
        search.rebuild(many, "1005:1005");

        DocumentHits first = search.search(DocumentQuery.text("ke hoach"), true, 0, 10);
        assertThat(first.exact()).isFalse();
        assertThat(first.total()).isEqualTo(LuceneDocumentSearch.COUNT_EXACTLY);
        assertThat(first.hits()).hasSize(10);
        assertThat(first.hasNext()).isTrue();

        // a page past the first thousand counts far enough to know the end
        DocumentHits last = search.search(DocumentQuery.text("ke hoach"), true, 100, 10);
        assertThat(last.exact()).isTrue();
        assertThat(last.total()).isEqualTo(1_005);
        assertThat(last.hits()).hasSize(5);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void anIndexOfAnEarlierLayoutReportsNoRevisionSoItIsRebuilt(@TempDir Path earlier) throws Exception {
        try (Directory directory = FSDirectory.open(earlier); IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(new Document());
            writer.setLiveCommitData(Map.of("revision", "5:5").entrySet());
            writer.commit();
        }
        try (LuceneDocumentSearch old = new LuceneDocumentSearch(earlier)) {
            assertThat(old.revision()).isEmpty();
        }
    }

    @Test
    void theSnippetLeadsWithThePassageThatHasMostOfTheWords() {
        search.index(new IndexedDocument(10, DocumentType.RESOLUTION, "10-NQ/CB", "Chi bộ", LocalDate.of(2023, 4, 5), "Nghị quyết chi bộ",
                "Về tăng cường xây dựng, chỉnh đốn Đảng trong chi bộ.", "Nội dung chung. ".repeat(60) + "Cơ quan, đơn vị mình.",
                DocumentVisibility.ALL_MEMBERS), "6:6");

        DocumentHit hit = search.search(new DocumentQuery("chinh don dang", null, 2023, null), true, 0, 10).hits().getFirst();

        assertThat(hit.snippetHtml().split(" … ")[0]).contains("<mark>chỉnh</mark> <mark>đốn</mark> <mark>Đảng</mark>");
    }
}
