package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RatingPolicyRows extends JpaRepository<RatingPolicyRow, Long> {

    List<RatingPolicyRow> findAllByOrderByEffectiveFromAsc();
}
