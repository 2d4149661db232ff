package vn.dangbo.members;

public enum Gender { MALE, FEMALE }
