package vn.dangbo.web;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberView;
import vn.dangbo.shared.Viewer;

import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ScopePageTests extends BrowserTestSupport {

    @Autowired
    MemberRegistry registry;

    List<MemberView> everyone() {
        return registry.all(MemberQuery.all(), new Viewer("t", Set.of(Viewer.ADMIN), null, null));
    }

    @Test
    void aCellSecretaryGets403ForAMemberOfAnotherCell() {
        MemberView other = everyone().stream().filter(m -> m.cellName().startsWith("Chi bộ 3")).findFirst().orElseThrow();
        MemberView own = everyone().stream().filter(m -> m.cellName().startsWith("Chi bộ 1")).findFirst().orElseThrow();
        login("bithu.chibo1");
        Response response = page.navigate(url("/members/" + other.id()));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Không có quyền truy cập");
        assertThat(page.navigate(url("/members/" + own.id())).status()).isEqualTo(200);
        assertThat(page.locator("h1")).hasText(own.fullName());
        page.navigate(url("/members"));
        assertThat(page.locator("table tbody")).not().containsText(other.fullName());
    }

    @Test
    void aMemberSeesTheirOwnProfileButNotAnotherMembers() {
        MemberView self = everyone().stream().filter(m -> m.fullName().equals("Nguyễn Văn An")).findFirst().orElseThrow();
        MemberView neighbour = everyone().stream().filter(m -> m.cellId() == self.cellId() && m.id() != self.id()).findFirst().orElseThrow();
        login("dangvien");
        page.getByText("Hồ sơ của tôi").click();
        assertThat(page.locator("h1")).hasText("Nguyễn Văn An");
        assertThat(page.getByText("Nghiệp vụ đảng viên")).hasCount(0);
        assertThat(page.navigate(url("/members/" + neighbour.id())).status()).isEqualTo(403);
        page.navigate(url("/members"));
        assertThat(page.locator("table tbody")).containsText(neighbour.fullName());
    }
}
