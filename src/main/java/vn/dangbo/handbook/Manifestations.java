package vn.dangbo.handbook;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Manifestations extends JpaRepository<Manifestation, String> {

    List<Manifestation> findAllByOrderByGroupNumberAscPositionAsc();
}
