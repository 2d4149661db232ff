package vn.dangbo.meetings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A cell meeting: what was announced, who came, what was said and decided. */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    private Long id;
    private long cellId;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private int numberYear;
    private int serial;
    private String topic;
    private Instant startsAt;
    private String place;
    private String agenda;
    private @Nullable Instant invitationsSentAt;
    private @Nullable String invitationsSentBy;
    private @Nullable Instant attendanceRecordedAt;
    private @Nullable Long chairMemberId;
    private @Nullable String chairName;
    private @Nullable Long minuteTakerMemberId;
    private @Nullable String minuteTakerName;
    private String discussion = "";
    private String conclusions = "";
    private String resolution = "";
    private @Nullable Integer votesFor;
    private @Nullable Integer votesAgainst;
    private @Nullable Instant minutesRecordedAt;
    private @Nullable Instant cancelledAt;
    private @Nullable String cancelledBy;
    private @Nullable String cancelReason;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    @Column(nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "meeting_document", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderBy("memberName")
    private List<AttendanceEntry> attendance = new ArrayList<>();

    protected Meeting() {
    }

    Meeting(long cellId, int numberYear, int serial, MeetingInput.Checked input, Instant now, String by) {
        this.cellId = cellId;
        this.numberYear = numberYear;
        this.serial = serial;
        this.createdAt = now;
        this.createdBy = by;
        revise(input, now, by);
    }

    void revise(MeetingInput.Checked input, Instant now, String by) {
        kind = input.kind();
        topic = input.topic();
        startsAt = input.startsAt();
        place = input.place();
        agenda = input.agenda();
        documentIds.clear();
        documentIds.addAll(input.documentIds());
        touch(now, by);
    }

    void invitationsSent(Instant at, String by) {
        invitationsSentAt = at;
        invitationsSentBy = by;
        touch(at, by);
    }

    void recordAttendance(List<AttendanceEntry> entries, Instant now, String by) {
        attendance.clear();
        attendance.addAll(entries);
        attendanceRecordedAt = now;
        touch(now, by);
    }

    void recordMinutes(MinutesInput.Checked minutes, Instant now, String by) {
        chairMemberId = minutes.chairMemberId();
        chairName = minutes.chairName();
        minuteTakerMemberId = minutes.minuteTakerMemberId();
        minuteTakerName = minutes.minuteTakerName();
        discussion = minutes.discussion();
        conclusions = minutes.conclusions();
        resolution = minutes.resolution();
        votesFor = minutes.votesFor();
        votesAgainst = minutes.votesAgainst();
        minutesRecordedAt = now;
        touch(now, by);
    }

    void cancel(String reason, Instant now, String by) {
        cancelledAt = now;
        cancelledBy = by;
        cancelReason = reason;
        touch(now, by);
    }

    boolean isCancelled() {
        return cancelledAt != null;
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    Long getId() { return id; }
    long getCellId() { return cellId; }
    MeetingKind getKind() { return kind; }
    Instant getStartsAt() { return startsAt; }
    Set<Long> getDocumentIds() { return documentIds; }
    List<AttendanceEntry> getAttendance() { return attendance; }
    @Nullable Instant getInvitationsSentAt() { return invitationsSentAt; }
    String getTopic() { return topic; }
    String getPlace() { return place; }
    String getAgenda() { return agenda; }

    MeetingView toView(String cellName, List<LinkedDocument> documents, List<AttendanceLine> lines) {
        return new MeetingView(id, cellId, cellName, kind, numberYear, serial, topic, startsAt, place, agenda, documents,
                invitationsSentAt, invitationsSentBy, attendanceRecordedAt, lines, chairMemberId, chairName,
                minuteTakerMemberId, minuteTakerName, discussion, conclusions, resolution, votesFor, votesAgainst,
                minutesRecordedAt, cancelledAt, cancelledBy, cancelReason, updatedAt, updatedBy);
    }

    LocalDate localDate() {
        return startsAt.atZone(vn.dangbo.shared.VietnameseDates.ZONE).toLocalDate();
    }
}
