package vn.dangbo.portal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface Comments extends JpaRepository<Comment, Long> {

    List<Comment> findByArticleIdAndStateOrderByCreatedAtAscIdAsc(long articleId, CommentState state);

    long countByArticleIdAndState(long articleId, CommentState state);

    Page<Comment> findByStateOrderByCreatedAtAscIdAsc(CommentState state, Pageable page);

    long countByState(CommentState state);

    @Query("select c.articleId, count(c) from Comment c where c.state = vn.dangbo.portal.CommentState.APPROVED"
            + " and c.articleId in :articles group by c.articleId")
    List<Object[]> approvedCounts(List<Long> articles);
}
