package vn.dangbo.handbook;

import java.util.List;

/**
 * The port to the library's search engine. The embedded Lucene index answers by default
 * ({@code dangbo.search.engine=lucene}); another engine (OpenSearch) plugs in as another
 * implementation chosen by that property. The database stays the truth: the index records the
 * library revision it was built from, and is rebuilt when that differs.
 */
interface DocumentSearch {

    /** Adds or replaces a document and records the library revision it now reflects. */
    void index(IndexedDocument document, String revision);

    /** Replaces the whole index by these documents. */
    void rebuild(List<IndexedDocument> documents, String revision);

    /** The library revision the index reflects, or "" when it is empty or new. */
    String revision();

    /** One page of the documents that match; committee-only documents only when {@code committee}. */
    DocumentHits search(DocumentQuery query, boolean committee, int page, int size);
}
