package vn.dangbo.portal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CommentActions extends JpaRepository<CommentAction, Long> {

    List<CommentAction> findByCommentIdOrderByActedAtAscIdAsc(long commentId);
}
