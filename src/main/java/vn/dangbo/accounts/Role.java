package vn.dangbo.accounts;

public enum Role { ADMIN, COMMITTEE, CELL_SECRETARY, MEMBER, EDITOR }
