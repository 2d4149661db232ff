package vn.dangbo.congress;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Nominations extends JpaRepository<Nomination, Long> {

    List<Nomination> findByElectionIdOrderByIdAsc(long electionId);
}
