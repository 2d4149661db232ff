package vn.dangbo.members;

/** Đảng viên dự bị / chính thức. */
public enum MembershipKind { PROBATIONARY, OFFICIAL }
