package vn.dangbo.notifications.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeLinkTests {

    @Test
    void opensOnlyPathsInsideTheApplication() {
        assertThat(NoticeController.isLocalPath("/meetings/12")).isTrue();
        assertThat(NoticeController.isLocalPath("//evil.example/x")).isFalse();
        assertThat(NoticeController.isLocalPath("https://evil.example")).isFalse();
        assertThat(NoticeController.isLocalPath("/\\evil.example")).isFalse();
        assertThat(NoticeController.isLocalPath("/a\r\nSet-Cookie: x")).isFalse();
    }
}
