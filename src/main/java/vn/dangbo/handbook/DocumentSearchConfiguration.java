package vn.dangbo.handbook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** Chooses the library's search engine: {@code dangbo.search.engine=lucene} (the default) is the embedded index. */
@Configuration(proxyBeanMethods = false)
class DocumentSearchConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "dangbo.search.engine", havingValue = "lucene", matchIfMissing = true)
    LuceneDocumentSearch luceneDocumentSearch(@Value("${dangbo.data-dir}") String dataDir) {
        return new LuceneDocumentSearch(Path.of(dataDir, "index", "documents"));
    }
}
