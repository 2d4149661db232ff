package vn.dangbo.handbook;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import vn.dangbo.shared.VietnameseText;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The library's search on an embedded Lucene index. Every text is indexed twice: folded (no
 * diacritics, no case, đ as d) for recall, and exact (only lower-cased) for ranking, so that
 * "đường" finds "dương" too but lists the documents with "đường" first. The number and symbol is
 * also kept as a key of its letters and digits, so "04 NQ TW" finds "04-NQ/TW".
 */
class LuceneDocumentSearch implements DocumentSearch, Closeable {

    static final int MAX_QUERY = 200;
    private static final int MAX_TERMS = 16;
    private static final String REVISION = "revision";
    private static final String[] TEXT_FIELDS = {"title", "summary", "body", "issuer", "number"};
    private static final float[] TEXT_BOOSTS = {3f, 2f, 1f, 1f, 2f};
    /**
     * Each word matched with its exact diacritics adds this constant, more than all folded scores
     * together can reach, so documents rank in tiers by how many words match exactly, and by BM25
     * on the folded words within a tier. A matching number and symbol ranks above all of them.
     */
    private static final float EXACT_TIER = 10_000f;
    private static final float NUMBER_TIER = 1_000_000f;

    private final Analyzer folded = new TextAnalyzer(true);
    private final Analyzer exact = new TextAnalyzer(false);
    private final Path location;
    private @Nullable Opened opened;

    /** The index is opened on first use, so a command that never searches never takes its lock. */
    private record Opened(Directory directory, IndexWriter writer, SearcherManager searchers) {
    }

    LuceneDocumentSearch(Path location) {
        this.location = location;
    }

    private synchronized Opened opened() {
        if (opened == null) {
            try {
                Files.createDirectories(location);
                Map<String, Analyzer> perField = new java.util.HashMap<>();
                for (String field : TEXT_FIELDS) {
                    perField.put(field + "_f", folded);
                    perField.put(field + "_e", exact);
                }
                Directory directory = FSDirectory.open(location);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField))
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
                opened = new Opened(directory, writer, new SearcherManager(writer, null));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the document index at " + location, e);
            }
        }
        return opened;
    }

    @Override
    public synchronized void index(IndexedDocument document, String revision) {
        try {
            opened().writer().updateDocument(new Term("id", Long.toString(document.id())), toLucene(document));
            commit(revision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void rebuild(List<IndexedDocument> documents, String revision) {
        try {
            IndexWriter writer = opened().writer();
            writer.deleteAll();
            for (IndexedDocument document : documents) {
                writer.addDocument(toLucene(document));
            }
            commit(revision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String revision() {
        try {
            IndexWriter writer = opened().writer();
            if (writer.getDocStats().numDocs == 0) {
                return "";
            }
            Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
            if (data != null) {
                for (Map.Entry<String, String> entry : data) {
                    if (REVISION.equals(entry.getKey())) {
                        return entry.getValue();
                    }
                }
            }
            return "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void commit(String revision) throws IOException {
        Opened index = opened();
        index.writer().setLiveCommitData(Map.of(REVISION, revision).entrySet());
        index.writer().commit();
        index.searchers().maybeRefreshBlocking();
    }

    private Document toLucene(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(d.id()), Field.Store.YES));
        doc.add(new StringField("type", d.type().name(), Field.Store.YES));
        doc.add(new StringField("visibility", d.visibility().name(), Field.Store.YES));
        doc.add(new IntPoint("year", d.issuedOn().getYear()));
        doc.add(new NumericDocValuesField("issued", d.issuedOn().toEpochDay()));
        doc.add(new StoredField("issued", d.issuedOn().toEpochDay()));
        doc.add(new StringField("issuer_key", VietnameseText.fold(d.issuer()), Field.Store.NO));
        doc.add(new StringField("number_key", DocumentNumbers.key(d.number()), Field.Store.NO));
        String[] values = {d.title(), d.summary(), d.text(), d.issuer(), d.number()};
        for (int i = 0; i < TEXT_FIELDS.length; i++) {
            doc.add(new TextField(TEXT_FIELDS[i] + "_f", values[i], Field.Store.NO));
            doc.add(new TextField(TEXT_FIELDS[i] + "_e", values[i], Field.Store.NO));
            doc.add(new StoredField(TEXT_FIELDS[i], values[i]));
        }
        return doc;
    }

    @Override
    public DocumentHits search(DocumentQuery query, boolean committee, int page, int size) {
        String text = query.text() == null ? "" : VietnameseText.clean(query.text());
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        List<String> foldedTerms = terms(folded, text);
        List<String> exactTerms = terms(exact, text);
        boolean byNumber = DocumentNumbers.looksLikeNumber(text);

        BooleanQuery.Builder root = new BooleanQuery.Builder();
        Query relevance = null;
        if (!foldedTerms.isEmpty() || byNumber) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            if (!foldedTerms.isEmpty()) {
                any.add(wordsQuery(foldedTerms, exactTerms), Occur.SHOULD);
            }
            if (byNumber) {
                String key = DocumentNumbers.key(text);
                any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("number_key", key))), NUMBER_TIER), Occur.SHOULD);
                any.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term("number_key", key))), NUMBER_TIER / 2), Occur.SHOULD);
            }
            relevance = any.build();
            root.add(relevance, Occur.MUST);
        } else {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (query.type() != null) {
            root.add(new TermQuery(new Term("type", query.type().name())), Occur.FILTER);
        }
        if (query.year() != null) {
            root.add(IntPoint.newExactQuery("year", query.year()), Occur.FILTER);
        }
        if (query.issuer() != null && !query.issuer().isBlank()) {
            root.add(new TermQuery(new Term("issuer_key", VietnameseText.fold(query.issuer()))), Occur.FILTER);
        }
        if (!committee) {
            root.add(new TermQuery(new Term("visibility", DocumentVisibility.ALL_MEMBERS.name())), Occur.FILTER);
        }
        Sort sort = relevance == null
                ? new Sort(new SortField("issued", SortField.Type.LONG, true))
                : new Sort(SortField.FIELD_SCORE, new SortField("issued", SortField.Type.LONG, true));
        int from = Math.max(0, page) * size;
        try {
            SearcherManager searchers = opened().searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                Query built = root.build();
                long total = searcher.count(built);
                List<DocumentHit> hits = new ArrayList<>(size);
                if (from < total) {
                    TopDocs top = searcher.search(built, from + size, sort);
                    ScoreDoc[] docs = top.scoreDocs;
                    for (int i = from; i < docs.length; i++) {
                        hits.add(toHit(searcher.storedFields().document(docs[i].doc), foldedTerms,
                                byNumber ? DocumentNumbers.key(text) : null));
                    }
                }
                return new DocumentHits(hits, total, Math.max(0, page), size);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every word must match folded somewhere; each word matched with its diacritics adds weight. */
    private Query wordsQuery(List<String> foldedTerms, List<String> exactTerms) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : foldedTerms) {
            words.add(anyField("_f", term, 1f), Occur.MUST);
        }
        for (String term : exactTerms) {
            words.add(new BoostQuery(new ConstantScoreQuery(anyField("_e", term, 1f)), EXACT_TIER), Occur.SHOULD);
        }
        return words.build();
    }

    private Query anyField(String suffix, String term, float boost) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (int i = 0; i < TEXT_FIELDS.length; i++) {
            fields.add(new BoostQuery(new TermQuery(new Term(TEXT_FIELDS[i] + suffix, term)), TEXT_BOOSTS[i] * boost), Occur.SHOULD);
        }
        return fields.build();
    }

    private DocumentHit toHit(Document doc, List<String> foldedTerms, @Nullable String numberKey) throws IOException {
        String title = doc.get("title");
        String number = doc.get("number");
        String summary = doc.get("summary");
        String body = doc.get("body");
        String titleHtml = highlight(title, foldedTerms, 0, 1);
        String snippet = foldedTerms.isEmpty() ? "" : highlight(summary + "\n" + body, foldedTerms, 180, 2);
        if (snippet.isEmpty()) {
            snippet = Html.escape(summary.length() > 240 ? summary.substring(0, 240) + "…" : summary);
        }
        String numberHtml = numberKey != null && DocumentNumbers.key(number).startsWith(numberKey)
                ? "<mark>" + Html.escape(number) + "</mark>" : highlight(number, foldedTerms, 0, 1);
        return new DocumentHit(Long.parseLong(doc.get("id")), DocumentType.valueOf(doc.get("type")), number, doc.get("issuer"),
                LocalDate.ofEpochDay(doc.getField("issued").numericValue().longValue()), title,
                DocumentVisibility.valueOf(doc.get("visibility")), titleHtml, numberHtml, snippet);
    }

    /** Escaped text with the folded query's terms marked; whole text when fragment is 0, else the best fragments or "". */
    private String highlight(String text, List<String> foldedTerms, int fragment, int fragments) throws IOException {
        if (foldedTerms.isEmpty()) {
            return fragment == 0 ? Html.escape(text) : "";
        }
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        foldedTerms.forEach(t -> terms.add(new TermQuery(new Term("f", t)), Occur.SHOULD));
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Html.ENCODER,
                new QueryScorer(terms.build(), "f"));
        highlighter.setMaxDocCharsToAnalyze(1_000_000);
        highlighter.setTextFragmenter(fragment == 0 ? new NullFragmenter() : new SimpleFragmenter(fragment));
        try {
            String[] best = highlighter.getBestFragments(folded, "f", text, fragments);
            if (best.length == 0) {
                return fragment == 0 ? Html.escape(text) : "";
            }
            return fragment == 0 ? best[0] : String.join(" … ", best);
        } catch (InvalidTokenOffsetsException e) {
            return fragment == 0 ? Html.escape(text) : "";
        }
    }

    private List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        if (text.isEmpty()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("q", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
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

    @Override
    public synchronized void close() throws IOException {
        if (opened != null) {
            opened.searchers().close();
            opened.writer().close();
            opened.directory().close();
            opened = null;
        }
    }

    /** Words as the standard tokenizer splits them, lower-cased, and folded when asked. */
    static final class TextAnalyzer extends Analyzer {

        private final boolean fold;

        TextAnalyzer(boolean fold) {
            this.fold = fold;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            if (fold) {
                stream = new FoldFilter(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    /** {@link VietnameseText#fold} on each word: no diacritics, đ as d. */
    static final class FoldFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FoldFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String foldedTerm = VietnameseText.fold(term.toString());
            term.setEmpty().append(foldedTerm);
            return true;
        }
    }

    /** Escaping for the highlighter: only what HTML needs, Vietnamese letters stay letters. */
    static final class Html {

        static final Encoder ENCODER = Html::escape;

        static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length() + 16);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }

        private Html() {
        }
    }
}
