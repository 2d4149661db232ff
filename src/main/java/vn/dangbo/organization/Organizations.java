package vn.dangbo.organization;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Organizations extends JpaRepository<PartyOrganization, Long> {

    List<PartyOrganization> findByKindOrderByNameAsc(OrganizationKind kind);
}
