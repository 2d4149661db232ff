package vn.dangbo.handbook;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dangbo.shared.VietnameseText;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's search on an OpenSearch (or Elasticsearch) cluster, chosen by
 * {@code dangbo.search.engine=opensearch}: the same two analyses as the embedded index (a folded
 * sub-field "f" with ASCII folding for recall, the exact field for ranking in tiers), the same
 * number keys and filters, the engine's highlighter with escaped HTML and {@code <mark>}.
 * The library revision lives in the index mapping's {@code _meta}.
 */
class OpenSearchDocumentSearch implements DocumentSearch {

    private static final String[] TEXT_FIELDS = {"title", "summary", "body", "issuer", "number"};
    private static final String[] FOLDED_FIELDS = {"title.f^3", "summary.f^2", "body.f", "issuer.f", "number.f^2"};
    private static final String[] EXACT_FIELDS = {"title^3", "summary^2", "body", "issuer", "number^2"};

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Analyzer folded = new LuceneDocumentSearch.TextAnalyzer(true);
    private final Analyzer exact = new LuceneDocumentSearch.TextAnalyzer(false);
    private final URI base;
    private final String index;
    private volatile boolean exists;

    OpenSearchDocumentSearch(URI base, String index) {
        this.base = base;
        this.index = index;
    }

    @Override
    public synchronized void index(IndexedDocument document, String revision) {
        ensureIndex();
        send("PUT", "/" + index + "/_doc/" + document.id() + "?refresh=true", source(document).toString(), "application/json");
        setRevision(revision);
    }

    @Override
    public synchronized void rebuild(List<IndexedDocument> documents, String revision) {
        send("DELETE", "/" + index, null, null);
        exists = false;
        ensureIndex();
        StringBuilder bulk = new StringBuilder();
        for (IndexedDocument document : documents) {
            bulk.append("{\"index\":{\"_id\":\"").append(document.id()).append("\"}}\n").append(source(document)).append('\n');
        }
        if (!documents.isEmpty()) {
            send("POST", "/" + index + "/_bulk?refresh=true", bulk.toString(), "application/x-ndjson");
        }
        setRevision(revision);
    }

    @Override
    public String revision() {
        Response response = send("GET", "/" + index + "/_mapping", null, null);
        if (response.status() == 404) {
            return "";
        }
        return json.readTree(response.body()).path(index).path("mappings").path("_meta").path("revision").asString("");
    }

    @Override
    public DocumentHits search(DocumentQuery query, boolean committee, int page, int size) {
        ensureIndex();
        String text = query.text() == null ? "" : VietnameseText.clean(query.text());
        if (text.length() > LuceneDocumentSearch.MAX_QUERY) {
            text = text.substring(0, LuceneDocumentSearch.MAX_QUERY);
        }
        List<String> foldedTerms = terms(folded, text);
        List<String> exactTerms = terms(exact, text);
        boolean byNumber = DocumentNumbers.looksLikeNumber(text);
        String numberKey = byNumber ? DocumentNumbers.key(text) : null;
        ObjectNode request = request(query, committee, foldedTerms, exactTerms, numberKey, page, size);
        Response response = send("POST", "/" + index + "/_search", request.toString(), "application/json");
        JsonNode result = json.readTree(response.body());
        List<DocumentHit> hits = new ArrayList<>();
        for (JsonNode hit : result.path("hits").path("hits")) {
            hits.add(toHit(hit.path("_source"), hit.path("highlight"), numberKey));
        }
        JsonNode total = result.path("hits").path("total");
        return new DocumentHits(hits, total.path("value").asLong(0), !"gte".equals(total.path("relation").asString("eq")), Math.max(0, page), size);
    }

    ObjectNode request(DocumentQuery query, boolean committee, List<String> foldedTerms, List<String> exactTerms,
                       @Nullable String numberKey, int page, int size) {
        ObjectNode request = json.createObjectNode();
        request.put("from", Math.max(0, page) * size).put("size", size).put("track_total_hits", true);
        ObjectNode bool = request.putObject("query").putObject("bool");
        ArrayNode filter = bool.putArray("filter");
        boolean relevance = !foldedTerms.isEmpty() || numberKey != null;
        if (relevance) {
            ObjectNode any = bool.putArray("must").addObject().putObject("bool");
            any.put("minimum_should_match", 1);
            ArrayNode anyOf = any.putArray("should");
            if (!foldedTerms.isEmpty()) {
                ObjectNode words = anyOf.addObject().putObject("bool");
                ArrayNode must = words.putArray("must");
                foldedTerms.forEach(t -> must.add(multiMatch(t, FOLDED_FIELDS)));
                ArrayNode should = words.putArray("should");
                exactTerms.forEach(t -> should.add(constant(multiMatch(t, EXACT_FIELDS), 10_000)));
            }
            if (numberKey != null) {
                anyOf.add(constant(single("term", "number_key", numberKey), 1_000_000));
                anyOf.add(constant(single("prefix", "number_key", numberKey), 500_000));
            }
        }
        if (query.type() != null) {
            filter.add(single("term", "type", query.type().name()));
        }
        if (query.year() != null) {
            filter.add(json.createObjectNode().set("term", json.createObjectNode().put("year", query.year().intValue())));
        }
        if (query.issuer() != null && !query.issuer().isBlank()) {
            filter.add(single("term", "issuer_key", VietnameseText.fold(query.issuer())));
        }
        if (!committee) {
            filter.add(single("term", "visibility", DocumentVisibility.ALL_MEMBERS.name()));
        }
        ArrayNode sort = request.putArray("sort");
        if (relevance) {
            sort.add("_score");
        }
        sort.addObject().putObject("issued").put("order", "desc");
        if (!foldedTerms.isEmpty()) {
            ObjectNode highlight = request.putObject("highlight");
            highlight.put("encoder", "html").putArray("pre_tags").add("<mark>");
            highlight.putArray("post_tags").add("</mark>");
            ObjectNode fields = highlight.putObject("fields");
            fields.putObject("title.f").put("number_of_fragments", 0);
            fields.putObject("number.f").put("number_of_fragments", 0);
            fields.putObject("summary.f").put("fragment_size", 180).put("number_of_fragments", 2);
            fields.putObject("body.f").put("fragment_size", 180).put("number_of_fragments", 2);
        }
        return request;
    }

    private DocumentHit toHit(JsonNode source, JsonNode highlight, @Nullable String numberKey) {
        String title = source.path("title").asString("");
        String number = source.path("number").asString("");
        String summary = source.path("summary").asString("");
        String titleHtml = first(highlight.path("title.f"), LuceneDocumentSearch.Html.escape(title));
        List<String> fragments = new ArrayList<>();
        highlight.path("summary.f").forEach(f -> fragments.add(f.asString()));
        highlight.path("body.f").forEach(f -> fragments.add(f.asString()));
        String snippet = fragments.isEmpty()
                ? LuceneDocumentSearch.Html.escape(summary.length() > 240 ? summary.substring(0, 240) + "…" : summary)
                : String.join(" … ", fragments.subList(0, Math.min(2, fragments.size())));
        String numberHtml = numberKey != null && DocumentNumbers.key(number).startsWith(numberKey)
                ? "<mark>" + LuceneDocumentSearch.Html.escape(number) + "</mark>"
                : first(highlight.path("number.f"), LuceneDocumentSearch.Html.escape(number));
        return new DocumentHit(source.path("id").asLong(), DocumentType.valueOf(source.path("type").asString()), number,
                source.path("issuer").asString(""), LocalDate.ofEpochDay(source.path("issued").asLong()), title,
                DocumentVisibility.valueOf(source.path("visibility").asString()), titleHtml, numberHtml, snippet);
    }

    private static String first(JsonNode fragments, String otherwise) {
        return fragments.isArray() && !fragments.isEmpty() ? fragments.get(0).asString() : otherwise;
    }

    private ObjectNode source(IndexedDocument d) {
        ObjectNode source = json.createObjectNode();
        source.put("id", d.id()).put("type", d.type().name()).put("visibility", d.visibility().name())
                .put("year", d.issuedOn().getYear()).put("issued", d.issuedOn().toEpochDay())
                .put("issuer_key", VietnameseText.fold(d.issuer())).put("number_key", DocumentNumbers.key(d.number()))
                .put("title", d.title()).put("summary", d.summary()).put("body", d.text()).put("issuer", d.issuer())
                .put("number", d.number());
        return source;
    }

    private void ensureIndex() {
        if (exists) {
            return;
        }
        if (send("HEAD", "/" + index, null, null).status() == 404) {
            ObjectNode definition = json.createObjectNode();
            ObjectNode analyzers = definition.putObject("settings").putObject("analysis").putObject("analyzer");
            analyzers.putObject("dangbo_exact").put("type", "custom").put("tokenizer", "standard").putArray("filter").add("lowercase");
            analyzers.putObject("dangbo_folded").put("type", "custom").put("tokenizer", "standard").putArray("filter")
                    .add("lowercase").add("asciifolding");
            ObjectNode mappings = definition.putObject("mappings");
            mappings.putObject("_meta").put("revision", "");
            ObjectNode properties = mappings.putObject("properties");
            for (String keyword : List.of("type", "visibility", "issuer_key", "number_key")) {
                properties.putObject(keyword).put("type", "keyword");
            }
            properties.putObject("id").put("type", "long");
            properties.putObject("year").put("type", "integer");
            properties.putObject("issued").put("type", "long");
            for (String field : TEXT_FIELDS) {
                ObjectNode text = properties.putObject(field).put("type", "text").put("analyzer", "dangbo_exact");
                text.putObject("fields").putObject("f").put("type", "text").put("analyzer", "dangbo_folded");
            }
            send("PUT", "/" + index, definition.toString(), "application/json");
        }
        exists = true;
    }

    private void setRevision(String revision) {
        ObjectNode meta = json.createObjectNode();
        meta.putObject("_meta").put("revision", revision);
        send("PUT", "/" + index + "/_mapping", meta.toString(), "application/json");
    }

    private ObjectNode multiMatch(String term, String[] fields) {
        ObjectNode match = json.createObjectNode();
        ObjectNode body = match.putObject("multi_match").put("query", term).put("type", "most_fields");
        ArrayNode list = body.putArray("fields");
        for (String field : fields) {
            list.add(field);
        }
        return match;
    }

    private ObjectNode constant(ObjectNode filter, double boost) {
        ObjectNode node = json.createObjectNode();
        node.putObject("constant_score").put("boost", boost).set("filter", filter);
        return node;
    }

    private ObjectNode single(String kind, String field, String value) {
        ObjectNode node = json.createObjectNode();
        node.putObject(kind).put(field, value);
        return node;
    }

    private List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        if (text.isEmpty()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("q", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < 16) {
                if (!terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private record Response(int status, String body) {
    }

    private Response send(String method, String path, @Nullable String body, @Nullable String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400 && response.statusCode() != 404) {
                throw new IllegalStateException("OpenSearch answered " + response.statusCode() + " to " + method + " " + path);
            }
            return new Response(response.statusCode(), response.body() == null ? "" : response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking OpenSearch", e);
        }
    }
}
