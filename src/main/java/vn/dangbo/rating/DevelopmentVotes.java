package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DevelopmentVotes extends JpaRepository<DevelopmentVote, Long> {

    List<DevelopmentVote> findByProspectIdInOrderByIdAsc(Collection<Long> prospectIds);

    List<DevelopmentVote> findByProspectIdOrderByIdAsc(long prospectId);
}
