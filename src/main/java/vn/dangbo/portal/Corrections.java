package vn.dangbo.portal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface Corrections extends JpaRepository<Correction, Long> {

    List<Correction> findByArticleIdOrderByCorrectedAtAscIdAsc(long articleId);

    List<Correction> findAllByOrderByCorrectedAtDescIdDesc();
}
