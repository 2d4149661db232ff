package vn.dangbo.members;

/** Trình độ lý luận chính trị, lowest first. */
public enum PoliticalTheory { NONE, ELEMENTARY, INTERMEDIATE, ADVANCED, BACHELOR }
