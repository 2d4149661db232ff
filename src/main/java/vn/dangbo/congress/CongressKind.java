package vn.dangbo.congress;

/** A members' congress (đại hội đảng viên) or a delegates' congress (đại hội đại biểu), R16, R17. */
public enum CongressKind { MEMBERS, DELEGATES }
