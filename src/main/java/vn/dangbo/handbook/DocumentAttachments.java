package vn.dangbo.handbook;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface DocumentAttachments extends JpaRepository<DocumentAttachment, Long> {

    List<DocumentAttachment> findByDocumentIdOrderById(Long documentId);

    Optional<DocumentAttachment> findByIdAndDocumentId(Long id, Long documentId);
}
