package vn.dangbo.members;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface Members extends JpaRepository<Member, Long> {

    List<Member> findByCellId(Long cellId);

    boolean existsByCitizenId(String citizenId);

    boolean existsByPartyCardNumber(String partyCardNumber);

    @Query("select m.citizenId from Member m where m.citizenId in :ids")
    List<String> existingCitizenIds(Collection<String> ids);

    @Query("select m.partyCardNumber from Member m where m.partyCardNumber in :cards")
    List<String> existingCardNumbers(Collection<String> cards);

    @Query("select m.cellId, count(m) from Member m where m.standing in :standings group by m.cellId")
    List<Object[]> countByCell(Collection<Standing> standings);
}
