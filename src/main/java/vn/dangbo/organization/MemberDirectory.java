package vn.dangbo.organization;

import java.util.Collection;
import java.util.Map;

/**
 * What the organization pages need to know of members, provided by the members module (which
 * depends on this one, so the organization module asks through this port instead).
 */
public interface MemberDirectory {

    Map<Long, String> namesOf(Collection<Long> memberIds);

    /** Members on the rolls per cell id. */
    Map<Long, Long> countsByCell();
}
