package vn.dangbo.portal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ArticleTransitions extends JpaRepository<ArticleTransition, Long> {

    List<ArticleTransition> findByArticleIdOrderByAtAscIdAsc(long articleId);
}
