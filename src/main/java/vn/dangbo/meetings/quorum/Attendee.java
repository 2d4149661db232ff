package vn.dangbo.meetings.quorum;

/**
 * One member on the cell's rolls as the quorum rule sees them.
 *
 * @param official          an official member (probationary members have no vote and are not counted)
 * @param exempt            exempt from work and activity (miễn công tác và sinh hoạt đảng)
 * @param attachedElsewhere temporarily attending another organization (sinh hoạt tạm thời nơi khác)
 * @param suspended         suspended from party activity (đình chỉ sinh hoạt), marked for the meeting
 * @param excused           absent with the leave of a competent body (được cấp có thẩm quyền cho vắng), marked for the meeting
 */
public record Attendee(boolean official, boolean exempt, boolean attachedElsewhere, boolean suspended, boolean excused,
                       Presence presence) {

    /** R25: who does not count in the base of a cell's decision. */
    public boolean excludedFromBase() {
        return !official || attachedElsewhere || suspended || excused || (exempt && !presence.present());
    }
}
