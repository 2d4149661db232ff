package vn.dangbo.portal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface Articles extends JpaRepository<Article, Long> {

    Optional<Article> findBySectionIdAndSlug(long sectionId, String slug);

    boolean existsBySectionIdAndSlug(long sectionId, String slug);

    @Query("select a from Article a where a.state = vn.dangbo.portal.ArticleState.PUBLISHED and a.publishedAt <= :now"
            + " and a.sectionId = :section order by a.publishedAt desc, a.id desc")
    Page<Article> published(long section, Instant now, Pageable page);

    @Query("select a from Article a where a.state = vn.dangbo.portal.ArticleState.PUBLISHED and a.publishedAt <= :now"
            + " and a.sectionId = :section order by a.viewCount desc, a.publishedAt desc")
    List<Article> mostRead(long section, Instant now, Pageable page);

    @Query("select a from Article a where a.state = vn.dangbo.portal.ArticleState.PUBLISHED and a.publishedAt <= :now"
            + " order by a.publishedAt desc, a.id desc")
    List<Article> allPublished(Instant now);

    @Query("select a from Article a join a.tags t where t.slug = :tag and a.state = vn.dangbo.portal.ArticleState.PUBLISHED"
            + " and a.publishedAt <= :now order by a.publishedAt desc, a.id desc")
    Page<Article> publishedWithTag(String tag, Instant now, Pageable page);

    @Query("select a from Article a where a.state = vn.dangbo.portal.ArticleState.SCHEDULED and a.publishedAt <= :now")
    List<Article> dueForPublication(Instant now);

    List<Article> findBySectionIdIn(Collection<Long> sections);

    @Modifying
    @Query("update Article a set a.viewCount = a.viewCount + :views where a.id = :id")
    void addViews(long id, long views);
}
