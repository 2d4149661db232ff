package vn.dangbo.rating;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ProspectIntroducers extends JpaRepository<ProspectIntroducer, Long> {

    List<ProspectIntroducer> findByProspectIdInOrderByIdAsc(Collection<Long> prospectIds);

    List<ProspectIntroducer> findByProspectIdOrderByIdAsc(long prospectId);
}
