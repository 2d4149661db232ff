package vn.dangbo.members;

import java.util.List;
import java.util.stream.Collectors;

/** Data that breaks one or more field rules; each problem names its field. */
public class InvalidMemberData extends MemberException {

    private final List<MemberData.Problem> problems;

    public InvalidMemberData(List<MemberData.Problem> problems) {
        super(problems.stream().map(MemberData.Problem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<MemberData.Problem> problems() {
        return problems;
    }
}
