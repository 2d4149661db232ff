package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface Reconsiderations extends JpaRepository<Reconsideration, Long> {

    List<Reconsideration> findByReviewIdInOrderByIdAsc(Collection<Long> reviewIds);
}
