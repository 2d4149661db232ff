package vn.dangbo.notifications.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.dangbo.notifications.NoticeBox;
import vn.dangbo.notifications.NoticeView;
import vn.dangbo.shared.HandbookPanel;
import vn.dangbo.shared.Viewer;

import java.util.List;

/** "My notices" on the handbook page: the five latest, with the count of unread ones. */
@Component
class NoticePanel implements HandbookPanel {

    private final NoticeBox box;

    NoticePanel(NoticeBox box) {
        this.box = box;
    }

    record Content(List<NoticeView> latest, long unread) {
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String template() {
        return "notifications/panel";
    }

    @Override
    public String fragment() {
        return "notices";
    }

    @Override
    public @Nullable Object content(Viewer viewer) {
        if (viewer.memberId() == null) {
            return null;
        }
        return new Content(box.latest(viewer.memberId(), 5), box.unread(viewer.memberId()));
    }
}
