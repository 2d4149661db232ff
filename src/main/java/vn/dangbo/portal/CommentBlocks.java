package vn.dangbo.portal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CommentBlocks extends JpaRepository<CommentBlock, Long> {

    boolean existsByKindAndValueAndLiftedAtIsNull(CommentBlock.Kind kind, String value);

    List<CommentBlock> findByLiftedAtIsNullOrderByBlockedAtDescIdDesc();
}
