package vn.dangbo.portal;

import org.springframework.data.jpa.repository.JpaRepository;

interface PortalImages extends JpaRepository<PortalImage, Long> {
}
