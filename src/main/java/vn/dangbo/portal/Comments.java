package vn.dangbo.portal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Comments extends JpaRepository<Comment, Long> {

    List<Comment> findByArticleIdAndStateOrderByCreatedAtAscIdAsc(long articleId, CommentState state);

    Page<Comment> findByStateOrderByCreatedAtAscIdAsc(CommentState state, Pageable page);

    long countByState(CommentState state);
}
