package vn.dangbo.handbook;

/** How far a member sees a manifestation in themself: none, some, clearly. */
public enum Degree {
    NONE, SOME, CLEARLY
}
