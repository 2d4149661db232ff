package vn.dangbo.handbook;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface PartyDocuments extends JpaRepository<PartyDocument, Long> {

    /** The library's revision: how many documents and how many changes in all. */
    @Query("select concat(count(d), ':', coalesce(sum(d.version), 0)) from PartyDocument d")
    String revision();

    List<PartyDocument> findFirst300ByVisibilityOrderByIssuedOnDescIdDesc(DocumentVisibility visibility);

    @Query("select distinct d.issuer from PartyDocument d where d.visibility in :visible order by d.issuer")
    List<String> issuers(Collection<DocumentVisibility> visible);

    @Query("select distinct extract(year from d.issuedOn) from PartyDocument d where d.visibility in :visible order by 1 desc")
    List<Integer> years(Collection<DocumentVisibility> visible);
}
