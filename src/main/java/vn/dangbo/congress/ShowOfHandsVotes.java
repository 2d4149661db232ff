package vn.dangbo.congress;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ShowOfHandsVotes extends JpaRepository<ShowOfHandsVote, Long> {

    List<ShowOfHandsVote> findByCongressIdOrderByIdAsc(long congressId);
}
