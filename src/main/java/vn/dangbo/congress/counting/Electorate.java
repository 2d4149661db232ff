package vn.dangbo.congress.counting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Those convened for a vote and, by reason, those who may be taken out of the base.
 *
 * @param convened official members (members' congress), official delegates (delegates' congress)
 *                 or the incumbent members of the body (its own conference)
 */
public record Electorate(int convened, Map<Exclusion, Integer> excluded) {

    public Electorate {
        if (convened < 0) {
            throw new InvalidRound("Số được triệu tập không được âm: " + convened + ".");
        }
        EnumMap<Exclusion, Integer> copy = new EnumMap<>(Exclusion.class);
        for (Map.Entry<Exclusion, Integer> reason : excluded.entrySet()) {
            if (reason.getValue() < 0) {
                throw new InvalidRound("Số loại trừ không được âm: " + reason.getKey() + " = " + reason.getValue() + ".");
            }
            copy.put(reason.getKey(), reason.getValue());
        }
        excluded = Collections.unmodifiableMap(copy);
    }

    public static Electorate of(int convened) {
        return new Electorate(convened, Map.of());
    }

    public Electorate excluding(Exclusion reason, int count) {
        EnumMap<Exclusion, Integer> more = new EnumMap<>(Exclusion.class);
        more.putAll(excluded);
        more.merge(reason, count, Integer::sum);
        return new Electorate(convened, more);
    }
}
