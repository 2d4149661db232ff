package vn.dangbo.portal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dangbo.portal.ArticleState.DRAFT;
import static vn.dangbo.portal.ArticleState.PUBLISHED;
import static vn.dangbo.portal.ArticleState.REVIEW;
import static vn.dangbo.portal.ArticleState.SCHEDULED;
import static vn.dangbo.portal.ArticleState.WITHDRAWN;
import static vn.dangbo.portal.ArticleWorkflow.Action.PUBLISH;
import static vn.dangbo.portal.ArticleWorkflow.Action.RETURN_TO_DRAFT;
import static vn.dangbo.portal.ArticleWorkflow.Action.SCHEDULE;
import static vn.dangbo.portal.ArticleWorkflow.Action.SUBMIT;
import static vn.dangbo.portal.ArticleWorkflow.Action.WITHDRAW;

class ArticleWorkflowTests {

    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    @Test
    void aDraftGoesToReviewThenIsScheduledPublishedAndWithdrawn() {
        assertThat(ArticleWorkflow.next(DRAFT, SUBMIT)).contains(REVIEW);
        assertThat(ArticleWorkflow.next(REVIEW, SCHEDULE)).contains(SCHEDULED);
        assertThat(ArticleWorkflow.next(SCHEDULED, PUBLISH)).contains(PUBLISHED);
        assertThat(ArticleWorkflow.next(PUBLISHED, WITHDRAW)).contains(WITHDRAWN);
    }

    @Test
    void theEditorMayPublishADraftOrAReviewedArticleAtOnceAndTakeItBack() {
        assertThat(ArticleWorkflow.next(DRAFT, PUBLISH)).contains(PUBLISHED);
        assertThat(ArticleWorkflow.next(REVIEW, PUBLISH)).contains(PUBLISHED);
        assertThat(ArticleWorkflow.next(REVIEW, RETURN_TO_DRAFT)).contains(DRAFT);
        assertThat(ArticleWorkflow.next(SCHEDULED, RETURN_TO_DRAFT)).contains(DRAFT);
        assertThat(ArticleWorkflow.next(SCHEDULED, WITHDRAW)).contains(WITHDRAWN);
    }

    @Test
    void aPublishedArticleCanOnlyBeWithdrawnAndAWithdrawnOneStaysWithdrawn() {
        assertThat(ArticleWorkflow.actions(PUBLISHED)).containsExactly(WITHDRAW);
        assertThat(ArticleWorkflow.actions(WITHDRAWN)).isEmpty();
        assertThat(ArticleWorkflow.next(PUBLISHED, RETURN_TO_DRAFT)).isEmpty();
        assertThat(ArticleWorkflow.next(PUBLISHED, SCHEDULE)).isEmpty();
        assertThat(ArticleWorkflow.next(DRAFT, WITHDRAW)).isEmpty();
        assertThat(ArticleWorkflow.editable(WITHDRAWN)).isFalse();
        assertThat(ArticleWorkflow.editable(PUBLISHED)).isTrue();
    }

    @Property
    void noActionEverLeavesAWithdrawnArticle(@ForAll ArticleWorkflow.Action action) {
        assertThat(ArticleWorkflow.next(WITHDRAWN, action)).isEmpty();
    }

    @Property
    void anActionOpenFromAStateLeadsToItsTargetAndAllowsThatMove(@ForAll ArticleState from, @ForAll ArticleWorkflow.Action action) {
        ArticleWorkflow.next(from, action).ifPresentOrElse(to -> {
            assertThat(to).isEqualTo(action.target());
            assertThat(ArticleWorkflow.allows(from, to)).isTrue();
            assertThat(ArticleWorkflow.actions(from)).contains(action);
        }, () -> assertThat(ArticleWorkflow.actions(from)).doesNotContain(action));
    }

    @Property
    void readersOnlySeeAnArticleThatWentThroughPublish(@ForAll List<ArticleWorkflow.Action> actions) {
        Article article = new Article(1L, "bai", new NewArticle("chinh-tri", "Tiêu đề", "Sapo", "Thân bài", "Tác giả", List.of(), List.of()), NOW);
        boolean published = false;
        for (ArticleWorkflow.Action action : actions) {
            ArticleState before = article.getState();
            if (ArticleWorkflow.next(before, action).isEmpty()) {
                assertThatThrownBy(() -> article.move(action, NOW, NOW.plusSeconds(3600))).isInstanceOf(PortalException.class);
                assertThat(article.getState()).isEqualTo(before);
            } else {
                article.move(action, NOW, NOW.plusSeconds(3600));
                published = action == PUBLISH;
            }
            assertThat(article.isVisibleAt(NOW.plusSeconds(7200))).isEqualTo(article.getState() == PUBLISHED);
            if (article.isVisibleAt(NOW)) {
                assertThat(published).isTrue();
            }
        }
    }

    @Test
    void aScheduledArticleKeepsItsTimeAndPublishesWhenDue() {
        Article article = new Article(1L, "bai", new NewArticle("chinh-tri", "Tiêu đề", "Sapo", "Thân bài", "Tác giả", List.of(), List.of()), NOW);
        Instant at = NOW.plusSeconds(600);
        article.move(SCHEDULE, NOW, at);
        assertThat(article.publishIfDue(NOW)).isFalse();
        assertThat(article.isVisibleAt(NOW)).isFalse();
        assertThat(article.publishIfDue(at)).isTrue();
        assertThat(article.getPublishedAt()).isEqualTo(at);
        assertThat(article.isVisibleAt(at)).isTrue();
    }

    @Test
    void aWithdrawnArticleRefusesEveryEdit() {
        Article article = new Article(1L, "bai", new NewArticle("chinh-tri", "Tiêu đề", "Sapo", "Thân bài", "Tác giả", List.of(), List.of()), NOW);
        article.move(PUBLISH, NOW, null);
        article.move(WITHDRAW, NOW, null);
        assertThatThrownBy(() -> article.revise(1L, "bai", "Mới", "Sapo", "Thân", "Tác giả", List.of(), NOW))
                .isInstanceOf(PortalException.class).hasMessageContaining("giữ nguyên");
        assertThatThrownBy(() -> article.move(PUBLISH, NOW, null)).hasMessageContaining("đã gỡ").hasMessageContaining("đã đăng");
    }
}
