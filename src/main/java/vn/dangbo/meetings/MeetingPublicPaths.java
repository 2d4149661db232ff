package vn.dangbo.meetings;

import org.springframework.stereotype.Component;
import vn.dangbo.shared.PublicPaths;

/** Calendar apps fetch a member's feed without a login; its secret address is the key. */
@Component
class MeetingPublicPaths implements PublicPaths {

    @Override
    public boolean isPublic(String path) {
        if (!path.startsWith(MeetingCalendar.PATH_PREFIX) || !path.endsWith(".ics")) {
            return false;
        }
        String token = path.substring(MeetingCalendar.PATH_PREFIX.length(), path.length() - ".ics".length());
        return MeetingCalendar.TOKEN.matcher(token).matches();
    }
}
