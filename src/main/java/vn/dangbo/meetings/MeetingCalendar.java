package vn.dangbo.meetings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.organization.OrganizationDirectory;
import vn.dangbo.shared.Viewer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each member's calendar feed: an address with a random secret (256 bits), made on first use,
 * replaced on request. Calendar apps cannot log in, so the address is public; it shows only the
 * meetings of the cell the member is on the rolls of, and nothing once they leave it.
 */
@Service
@Transactional(readOnly = true)
public class MeetingCalendar {

    /** 32 random bytes in URL-safe Base64 without padding. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    static final String PATH_PREFIX = "/meetings/calendar/";
    private static final Duration HISTORY = Duration.ofDays(400);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarTokens tokens;
    private final Meetings meetings;
    private final MemberRegistry registry;
    private final OrganizationDirectory organization;
    private final Clock clock;
    private final String baseUrl;
    private final boolean agendaInFeed;

    /**
     * @param agendaInFeed whether events carry the agenda: a feed is read by the calendar app's
     *                     servers, outside the system (R20), so by default they carry only the link
     */
    MeetingCalendar(CalendarTokens tokens, Meetings meetings, MemberRegistry registry, OrganizationDirectory organization, Clock clock,
                    @Value("${dangbo.base-url:http://localhost:8080}") String baseUrl,
                    @Value("${dangbo.meetings.calendar-agenda:false}") boolean agendaInFeed) {
        this.agendaInFeed = agendaInFeed;
        this.tokens = tokens;
        this.meetings = meetings;
        this.registry = registry;
        this.organization = organization;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The viewer's own feed path ("/meetings/calendar/….ics"), made on first use. */
    @Transactional
    public String pathOf(Viewer viewer) {
        long member = own(viewer);
        String token = tokens.findById(member).map(CalendarToken::getToken)
                .orElseGet(() -> tokens.save(new CalendarToken(member, newToken(), Instant.now(clock))).getToken());
        return PATH_PREFIX + token + ".ics";
    }

    /** A new address for the viewer's feed; the old one stops working at once. */
    @Transactional
    public String renew(Viewer viewer) {
        long member = own(viewer);
        String token = newToken();
        tokens.findById(member).ifPresentOrElse(t -> t.replace(token, Instant.now(clock)),
                () -> tokens.save(new CalendarToken(member, token, Instant.now(clock))));
        return PATH_PREFIX + token + ".ics";
    }

    /** The feed for a token, or empty for a token that is not (or no longer) anyone's. */
    public Optional<String> feed(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.findByToken(token).map(t -> {
            Optional<Long> cell = registry.cellOnRolls(t.getMemberId());
            String name = cell.map(c -> "Họp chi bộ – " + organization.unit(c).name()).orElse("Họp chi bộ");
            Instant now = Instant.now(clock);
            List<IcsCalendar.Event> events = cell.map(c -> meetings.findByCellIdAndStartsAtGreaterThanEqualOrderByStartsAtAsc(c, now.minus(HISTORY))
                    .stream().map(m -> event(m, name)).toList()).orElse(List.of());
            return IcsCalendar.feed(name, events);
        });
    }

    private IcsCalendar.Event event(Meeting m, String calendarName) {
        MeetingView view = m.toView("", List.of(), List.of());
        // R22: at least 90 minutes; a thematic part makes it 120.
        Duration length = view.kind() == MeetingKind.THEMATIC ? Duration.ofMinutes(120) : Duration.ofMinutes(90);
        String url = baseUrl + "/meetings/" + view.id();
        String description;
        if (view.cancelled()) {
            description = "Cuộc họp đã bị hủy. Lý do: " + view.cancelReason();
        } else {
            description = agendaInFeed ? view.agenda() : "Nội dung và tài liệu: " + url;
        }
        return new IcsCalendar.Event("meeting-" + view.id() + "@dangbo", view.updatedAt(), view.startsAt(), view.startsAt().plus(length),
                (view.cancelled() ? "Đã hủy: " : "") + view.title(), view.place(), description, url, view.cancelled());
    }

    private static long own(Viewer viewer) {
        if (viewer.memberId() == null) {
            throw new MeetingException("Tài khoản này không gắn với hồ sơ đảng viên nào nên không có lịch họp riêng.");
        }
        return viewer.memberId();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
