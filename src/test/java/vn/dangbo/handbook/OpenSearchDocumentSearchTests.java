package vn.dangbo.handbook;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenSearch adapter against a stand-in server that records what it is sent and answers as
 * OpenSearch would: the requests it builds and how it reads the answers. (Not a real cluster.)
 */
class OpenSearchDocumentSearchTests {

    record Call(String method, String path, String body) {
    }

    HttpServer server;
    List<Call> calls = new CopyOnWriteArrayList<>();
    Map<String, String> answers;
    boolean indexExists = true;
    OpenSearchDocumentSearch search;

    @BeforeEach
    void start() throws IOException {
        answers = Map.of(
                "/docs/_mapping", "{\"docs\":{\"mappings\":{\"_meta\":{\"revision\":\"3:4\"}}}}",
                "/docs/_search", """
                        {"hits":{"total":{"value":11,"relation":"eq"},"hits":[{"_id":"2","_source":{"id":2,"type":"RESOLUTION",
                        "visibility":"ALL_MEMBERS","year":2016,"issued":17104,"title":"Nghị quyết về chỉnh đốn Đảng","summary":"Tóm tắt",
                        "body":"","issuer":"Ban Chấp hành Trung ương","number":"04-NQ/TW"},
                        "highlight":{"title.f":["Nghị quyết về <mark>chỉnh</mark> <mark>đốn</mark> Đảng"]}}]}}""");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().toString(), body));
            int status = exchange.getRequestMethod().equals("HEAD") && !indexExists ? 404 : 200;
            byte[] answer = answers.getOrDefault(path, "{}").getBytes(StandardCharsets.UTF_8);
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
        search = new OpenSearchDocumentSearch(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "docs");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    Call last(String path) {
        return calls.reversed().stream().filter(c -> c.path().startsWith(path)).findFirst().orElseThrow();
    }

    @Test
    void searchesFoldedRanksExactInTiersMatchesNumbersAndFilters() {
        DocumentHits hits = search.search(new DocumentQuery("04 NQ TW", DocumentType.RESOLUTION, 2016, "Ban Chấp hành Trung ương"), false, 1, 10);

        String body = last("/docs/_search").body();
        assertThat(body).contains("\"from\":10", "\"size\":10", "\"track_total_hits\":true")
                .contains("{\"term\":{\"number_key\":\"04nqtw\"}}", "{\"prefix\":{\"number_key\":\"04nqtw\"}}")
                .contains("{\"term\":{\"type\":\"RESOLUTION\"}}", "{\"term\":{\"year\":2016}}")
                .contains("{\"term\":{\"issuer_key\":\"ban chap hanh trung uong\"}}", "{\"term\":{\"visibility\":\"ALL_MEMBERS\"}}")
                .contains("\"encoder\":\"html\"", "\"pre_tags\":[\"<mark>\"]");
        assertThat(hits.total()).isEqualTo(11);
        DocumentHit hit = hits.hits().getFirst();
        assertThat(hit.id()).isEqualTo(2);
        assertThat(hit.issuedOn()).isEqualTo(LocalDate.of(2016, 10, 30));
        assertThat(hit.numberHtml()).isEqualTo("<mark>04-NQ/TW</mark>");
        assertThat(hit.titleHtml()).isEqualTo("Nghị quyết về <mark>chỉnh</mark> <mark>đốn</mark> Đảng");
        assertThat(hit.snippetHtml()).isEqualTo("Tóm tắt");
    }

    @Test
    void wordsMustMatchFoldedAndEachExactWordAddsATier() {
        search.search(DocumentQuery.text("Đường lối"), true, 0, 10);
        String body = last("/docs/_search").body();
        assertThat(body).contains("\"query\":\"duong\"", "\"query\":\"loi\"", "\"query\":\"đường\"", "\"query\":\"lối\"")
                .contains("\"title.f^3\"", "\"constant_score\":{\"boost\":10000.0").doesNotContain("visibility", "number_key");
    }

    @Test
    void createsTheIndexWithBothAnalysesAndKeepsTheRevisionInItsMapping() {
        indexExists = false;
        search.index(new IndexedDocument(5, DocumentType.NOTICE, "12-TB/ĐU", "Đảng ủy", LocalDate.of(2020, 3, 1), "Thông báo", "",
                "", DocumentVisibility.COMMITTEE_ONLY), "6:7");

        Call create = calls.stream().filter(c -> c.method().equals("PUT") && c.path().equals("/docs")).findFirst().orElseThrow();
        assertThat(create.body()).contains("\"asciifolding\"", "\"dangbo_folded\"", "\"fields\":{\"f\"");
        assertThat(last("/docs/_doc/5").body()).contains("\"number_key\":\"12tbdu\"", "\"issuer_key\":\"dang uy\"", "\"visibility\":\"COMMITTEE_ONLY\"");
        assertThat(last("/docs/_mapping").body()).isEqualTo("{\"_meta\":{\"revision\":\"6:7\"}}");
        assertThat(search.revision()).isEqualTo("3:4");
    }

    @Test
    void rebuildsWithOneBulkRequest() {
        search.rebuild(List.of(
                new IndexedDocument(1, DocumentType.PLAN, "1-KH", "Chi bộ", LocalDate.of(2021, 1, 1), "A", "", "", DocumentVisibility.ALL_MEMBERS),
                new IndexedDocument(2, DocumentType.PLAN, "2-KH", "Chi bộ", LocalDate.of(2021, 1, 2), "B", "", "", DocumentVisibility.ALL_MEMBERS)),
                "2:2");
        assertThat(calls).extracting(Call::method).startsWith("DELETE");
        assertThat(last("/docs/_bulk").body().lines().count()).isEqualTo(4);
    }
}
