package vn.dangbo.handbook;

/** Who may read a document: every member, or only the committee (party-work.md R20). */
public enum DocumentVisibility {
    ALL_MEMBERS, COMMITTEE_ONLY
}
