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
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import vn.dangbo.shared.VietnameseText;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library's search on an embedded Lucene index. Every text is indexed twice: folded (no
 * diacritics, no case, đ as d) for recall, and exact (only lower-cased) for ranking, so that
 * "đường" finds "dương" too but lists the documents with "đường" first. The number and symbol is
 * also kept as a key of its letters and digits, so "04 NQ TW" finds "04-NQ/TW". The folded fields
 * keep their words' offsets and their text, so hits are marked without analysing a body again.
 */
class LuceneDocumentSearch implements DocumentSearch, Closeable {

    static final int MAX_QUERY = 200;
    private static final int MAX_TERMS = 16;
    private static final String REVISION = "revision";
    /** What the index holds and how; an index written by another layout reports no revision, so it is rebuilt. */
    private static final String LAYOUT = "layout";
    private static final String CURRENT_LAYOUT = "3";
    /** Matches are counted exactly up to this many; past it a page says "more than". */
    static final int COUNT_EXACTLY = 1_000;
    private static final int SNIPPET_LENGTH = 180;
    /** What a page of hits reads of each document, once: what it lists, and with words to mark, the body too. */
    private static final Set<String> LISTED_FIELDS = Set.of("id", "type", "visibility", "issued", "issuer", "title_f", "number_f", "summary_f");
    private static final Set<String> LISTED_AND_MARKED_FIELDS = union(LISTED_FIELDS, "body_f");
    /** Folded words with their offsets, and the text as written, for the highlighter. */
    private static final FieldType FOLDED_STORED = fieldType(TextField.TYPE_STORED, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, false);
    /** All the folded words, with their frequencies and the length of all text, for BM25. */
    private static final FieldType ALL_FOLDED = fieldType(TextField.TYPE_NOT_STORED, IndexOptions.DOCS_AND_FREQS, false);
    /** All the exact words, only whether a document has them: they add a constant, not a score. */
    private static final FieldType ALL_EXACT = fieldType(TextField.TYPE_NOT_STORED, IndexOptions.DOCS, true);
    private static final String[] TEXT_FIELDS = {"title", "summary", "body", "issuer", "number"};
    /** Every text field's words in one field, so each word is one posting list to match, not five. */
    private static final String ALL_FOLDED_FIELD = "all_f";
    private static final String ALL_EXACT_FIELD = "all_e";
    /**
     * What a word found in the title adds, on top of its weight in all the text: BM25 on the short
     * title itself, so a title match outweighs the same word repeated in a long body. The same for
     * the summary cost a third more CPU per search (docs/benchmarks.md), so the summary counts only in all the text.
     */
    private static final float TITLE_BOOST = 2f;
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
                Map<String, Analyzer> perField = new HashMap<>();
                for (String field : TEXT_FIELDS) {
                    perField.put(field + "_f", folded);
                }
                perField.put(ALL_FOLDED_FIELD, folded);
                perField.put(ALL_EXACT_FIELD, exact);
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
            String revision = "";
            String layout = "";
            if (data != null) {
                for (Map.Entry<String, String> entry : data) {
                    if (REVISION.equals(entry.getKey())) {
                        revision = entry.getValue();
                    } else if (LAYOUT.equals(entry.getKey())) {
                        layout = entry.getValue();
                    }
                }
            }
            return CURRENT_LAYOUT.equals(layout) ? revision : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void commit(String revision) throws IOException {
        Opened index = opened();
        index.writer().setLiveCommitData(Map.of(REVISION, revision, LAYOUT, CURRENT_LAYOUT).entrySet());
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
        doc.add(new StoredField("issuer", d.issuer()));
        String[] values = {d.title(), d.summary(), d.text(), d.issuer(), d.number()};
        for (int i = 0; i < TEXT_FIELDS.length; i++) {
            doc.add(new Field(TEXT_FIELDS[i] + "_f", values[i], FOLDED_STORED));
            doc.add(new Field(ALL_FOLDED_FIELD, values[i], ALL_FOLDED));
            doc.add(new Field(ALL_EXACT_FIELD, values[i], ALL_EXACT));
        }
        return doc;
    }

    private static FieldType fieldType(FieldType base, IndexOptions options, boolean omitNorms) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(options);
        type.setOmitNorms(omitNorms);
        type.freeze();
        return type;
    }

    private static Set<String> union(Set<String> fields, String field) {
        Set<String> all = new HashSet<>(fields);
        all.add(field);
        return Set.copyOf(all);
    }

    @Override
    public DocumentHits search(DocumentQuery query, boolean committee, int page, int size) {
        String text = query.text() == null ? "" : VietnameseText.clean(query.text());
        if (text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        List<String> foldedTerms = terms(folded, text);
        List<String> exactTerms = terms(exact, text);
        String numberKey = DocumentNumbers.looksLikeNumber(text) ? DocumentNumbers.key(text) : null;

        BooleanQuery.Builder root = new BooleanQuery.Builder();
        Query relevance = null;
        if (!foldedTerms.isEmpty() || numberKey != null) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            if (!foldedTerms.isEmpty()) {
                any.add(wordsQuery(foldedTerms, exactTerms), Occur.SHOULD);
            }
            if (numberKey != null) {
                any.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("number_key", numberKey))), NUMBER_TIER), Occur.SHOULD);
                any.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(new Term("number_key", numberKey))), NUMBER_TIER / 2), Occur.SHOULD);
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
                // Counting stops past COUNT_EXACTLY (or the page asked for): the rest need not be scored.
                int countUpTo = Math.max(COUNT_EXACTLY, from + size);
                TopFieldDocs top = searcher.search(root.build(), new TopFieldCollectorManager(sort, from + size, null, countUpTo));
                boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
                long total = exact ? top.totalHits.value : countUpTo;
                ScoreDoc[] docs = top.scoreDocs;
                List<DocumentHit> hits = new ArrayList<>(size);
                if (from < docs.length) {
                    int[] ids = new int[docs.length - from];
                    for (int i = from; i < docs.length; i++) {
                        ids[i - from] = docs[i].doc;
                    }
                    StoredFields stored = searcher.storedFields();
                    Set<String> read = foldedTerms.isEmpty() ? LISTED_FIELDS : LISTED_AND_MARKED_FIELDS;
                    Map<Integer, Document> listed = new HashMap<>();
                    for (int id : ids) {
                        listed.put(id, stored.document(id, read));
                    }
                    Marks marks = Marks.of(searcher, folded, foldedTerms, ids, listed);
                    for (int i = 0; i < ids.length; i++) {
                        hits.add(toHit(listed.get(ids[i]), marks, i, numberKey));
                    }
                }
                return new DocumentHits(hits, total, exact, Math.max(0, page), size);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every word must match folded somewhere (BM25 over all the text, more in the title); each
     * word matched with its diacritics anywhere adds a tier.
     */
    private Query wordsQuery(List<String> foldedTerms, List<String> exactTerms) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : foldedTerms) {
            words.add(new TermQuery(new Term(ALL_FOLDED_FIELD, term)), Occur.MUST);
            words.add(new BoostQuery(new TermQuery(new Term("title_f", term)), TITLE_BOOST), Occur.SHOULD);
        }
        for (String term : exactTerms) {
            words.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(ALL_EXACT_FIELD, term))), EXACT_TIER), Occur.SHOULD);
        }
        return words.build();
    }

    private DocumentHit toHit(Document doc, Marks marks, int i, @Nullable String numberKey) {
        String title = doc.get("title_f");
        String number = doc.get("number_f");
        String summary = doc.get("summary_f");
        String snippet = marks.snippet(i);
        if (snippet.isEmpty()) {
            snippet = Html.escape(summary.length() > 240 ? summary.substring(0, 240) + "…" : summary);
        }
        String numberHtml = numberKey != null && DocumentNumbers.key(number).startsWith(numberKey)
                ? "<mark>" + Html.escape(number) + "</mark>" : marks.whole("number_f", i, number);
        return new DocumentHit(Long.parseLong(doc.get("id")), DocumentType.valueOf(doc.get("type")), number, doc.get("issuer"),
                LocalDate.ofEpochDay(doc.getField("issued").numericValue().longValue()), title,
                DocumentVisibility.valueOf(doc.get("visibility")), marks.whole("title_f", i, title), numberHtml, snippet);
    }

    /**
     * The folded query's words marked in one page of hits, from the offsets the index keeps: the
     * title and number whole, and for the snippet two passages of about 180 characters
     * from the summary and the body, wherever in the body they are.
     */
    private record Marks(Map<String, Object[]> byField) {

        private static final String[] HIGHLIGHTED = {"title_f", "number_f", "summary_f", "body_f"};
        private static final String[] SNIPPET_FIELDS = {"summary_f", "body_f"};

        static Marks of(IndexSearcher searcher, Analyzer folded, List<String> foldedTerms, int[] ids, Map<Integer, Document> listed)
                throws IOException {
            if (foldedTerms.isEmpty()) {
                return new Marks(Map.of());
            }
            BooleanQuery.Builder terms = new BooleanQuery.Builder();
            for (String field : HIGHLIGHTED) {
                foldedTerms.forEach(t -> terms.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
            }
            // The analyzer only serves a segment written without offsets; the index's own layout has them.
            return new Marks(new PageHighlighter(UnifiedHighlighter.builder(searcher, folded)
                    .withFormatter(MarkedPassages.FORMATTER)
                    .withScorer(MarkedPassages.SCORER)
                    .withMaxLength(Integer.MAX_VALUE - 1)
                    .withMaxNoHighlightPassages(0)
                    .withWeightMatches(false), listed)
                    .marks(HIGHLIGHTED, terms.build(), ids, new int[] {1, 1, 2, 2}));
        }

        /** The field's text with its hits marked, or the text escaped when nothing in it matched. */
        String whole(String field, int i, String text) {
            Object[] marked = byField.get(field);
            if (marked == null || !(marked[i] instanceof MarkedPassages found) || found.passages().isEmpty()) {
                return Html.escape(text);
            }
            return found.passages().getFirst().html();
        }

        /**
         * The two passages of summary and body with the most different words of the query, the
         * summary's first among equals, or "" when neither matched.
         */
        String snippet(int i) {
            List<MarkedPassage> best = new ArrayList<>();
            for (String field : SNIPPET_FIELDS) {
                Object[] marked = byField.get(field);
                if (marked != null && marked[i] instanceof MarkedPassages found) {
                    best.addAll(found.passages());
                }
            }
            return String.join(" … ", best.stream().sorted(Comparator.comparingInt(MarkedPassage::words).reversed())
                    .limit(2).map(MarkedPassage::html).toList());
        }
    }

    /** The unified highlighter, answering with our formatter's objects rather than strings. */
    private static final class PageHighlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> listed;

        PageHighlighter(Builder builder, Map<Integer, Document> listed) {
            super(builder);
            this.listed = listed;
        }

        /** The texts from the documents the page has already read, rather than reading them a second time. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = listed.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    texts[f] = document.get(fields[f]);
                }
                values.add(texts);
            }
            return values;
        }

        /** Titles and numbers whole; from summary and body, passages of about 180 characters around the hits. */
        @Override
        protected BreakIterator getBreakIterator(String field) {
            // Passages break between words at spaces: the JDK's word rules cost more than the search itself.
            return field.equals("title_f") || field.equals("number_f") ? new WholeBreakIterator()
                    : LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '), SNIPPET_LENGTH, 0.5f);
        }

        Map<String, Object[]> marks(String[] fields, Query query, int[] ids, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, ids, passages);
        }
    }

    /** A passage as escaped HTML, and how many different words of the query it marks. */
    private record MarkedPassage(String html, int words) {
    }

    /** A field's passages as escaped HTML whose only markup is {@code <mark>} around the hits. */
    private record MarkedPassages(List<MarkedPassage> passages) {

        /**
         * Passages ranked by how many different words of the query they hold, then by how many
         * hits, an earlier one first among equals. Lucene's own scorer builds a hash table for
         * every passage it weighs, which made highlighting cost more than the search.
         */
        static final PassageScorer SCORER = new PassageScorer() {
            @Override
            public float score(Passage passage, int contentLength) {
                return (words(passage) + Math.min(passage.getNumMatches(), 100) / 1_000f) * norm(passage.getStartOffset());
            }
        };

        /** How many different words of the query the passage holds. */
        static int words(Passage passage) {
            BytesRef[] terms = passage.getMatchTerms();
            int words = 0;
            for (int m = 0; m < passage.getNumMatches(); m++) {
                boolean again = false;
                for (int earlier = 0; earlier < m && !again; earlier++) {
                    again = terms[earlier].bytesEquals(terms[m]);
                }
                words += again ? 0 : 1;
            }
            return words;
        }

        static final PassageFormatter FORMATTER = new PassageFormatter() {
            @Override
            public Object format(Passage[] passages, String content) {
                List<MarkedPassage> marked = new ArrayList<>(passages.length);
                for (Passage passage : passages) {
                    StringBuilder html = new StringBuilder();
                    int at = passage.getStartOffset();
                    for (int m = 0; m < passage.getNumMatches(); m++) {
                        int start = Math.max(at, passage.getMatchStarts()[m]);
                        int end = Math.min(passage.getEndOffset(), passage.getMatchEnds()[m]);
                        if (end <= start) {
                            continue; // overlaps the previous match
                        }
                        html.append(Html.escape(content.substring(at, start))).append("<mark>")
                                .append(Html.escape(content.substring(start, end))).append("</mark>");
                        at = end;
                    }
                    html.append(Html.escape(content.substring(at, passage.getEndOffset())));
                    marked.add(new MarkedPassage(html.toString().strip(), words(passage)));
                }
                return new MarkedPassages(marked);
            }
        };
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
            if (!plainAscii()) {
                String foldedTerm = VietnameseText.fold(term.toString());
                term.setEmpty().append(foldedTerm);
            }
            return true;
        }

        /** A lower-cased word of plain ASCII letters and digits folds to itself: no need to normalize it. */
        private boolean plainAscii() {
            char[] chars = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                if (chars[i] >= 0x80 || Character.isUpperCase(chars[i]) || Character.isWhitespace(chars[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Escaping for the highlighter: only what HTML needs, Vietnamese letters stay letters. */
    static final class Html {

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
