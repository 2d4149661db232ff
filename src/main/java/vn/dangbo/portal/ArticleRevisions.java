package vn.dangbo.portal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ArticleRevisions extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByNumberDesc(long articleId);

    Optional<ArticleRevision> findByArticleIdAndNumber(long articleId, int number);

    int countByArticleId(long articleId);
}
