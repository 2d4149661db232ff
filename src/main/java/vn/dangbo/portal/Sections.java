package vn.dangbo.portal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface Sections extends JpaRepository<Section, Long> {

    Optional<Section> findBySlug(String slug);

    List<Section> findAllByOrderByPositionAscIdAsc();
}
