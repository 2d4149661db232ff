package vn.dangbo.handbook;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartyDocuments extends JpaRepository<PartyDocument, Long> {

    /** The library's revision: how many documents and how many changes in all. */
    @Query("select concat(count(d), ':', coalesce(sum(d.version), 0)) from PartyDocument d")
    String revision();
}
