package vn.dangbo.congress.counting;

import java.util.Objects;

/** A name on the list, in list order; {@code id} is what ballots refer to. */
public record Candidate(String id, String name) {

    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isBlank()) {
            throw new InvalidRound("Mã ứng cử viên không được để trống.");
        }
    }
}
