package vn.dangbo.members;

/** Trình độ chuyên môn, lowest first. */
public enum Education { UPPER_SECONDARY, VOCATIONAL, COLLEGE, BACHELOR, MASTER, DOCTORATE }
