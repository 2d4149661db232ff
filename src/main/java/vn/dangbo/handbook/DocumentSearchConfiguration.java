package vn.dangbo.handbook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.nio.file.Path;

/**
 * Chooses the library's search engine: {@code dangbo.search.engine=lucene} (the default) is the
 * embedded index under the data directory; {@code opensearch} uses the cluster at
 * {@code dangbo.search.opensearch.url} and the index {@code dangbo.search.opensearch.index}.
 */
@Configuration(proxyBeanMethods = false)
class DocumentSearchConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "dangbo.search.engine", havingValue = "lucene", matchIfMissing = true)
    LuceneDocumentSearch luceneDocumentSearch(@Value("${dangbo.data-dir}") String dataDir) {
        return new LuceneDocumentSearch(Path.of(dataDir, "index", "documents"));
    }

    @Bean
    @ConditionalOnProperty(name = "dangbo.search.engine", havingValue = "opensearch")
    OpenSearchDocumentSearch openSearchDocumentSearch(@Value("${dangbo.search.opensearch.url:http://127.0.0.1:9200}") String url,
                                                      @Value("${dangbo.search.opensearch.index:dangbo-documents}") String index) {
        return new OpenSearchDocumentSearch(URI.create(url.endsWith("/") ? url : url + "/"), index);
    }
}
