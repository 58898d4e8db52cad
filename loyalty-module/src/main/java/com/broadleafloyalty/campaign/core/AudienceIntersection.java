package com.broadleafloyalty.campaign.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The AND of an audience's conditions: the customers every condition's list holds, ascending. */
public final class AudienceIntersection {

    private AudienceIntersection() {
    }

    /** An empty list of conditions reaches nobody (the criteria refuse it before this is asked). */
    public static List<Long> of(List<? extends Collection<Long>> members) {
        if (members.isEmpty()) {
            return Collections.emptyList();
        }
        List<Collection<Long>> bySize = new ArrayList<Collection<Long>>(members);
        bySize.sort(Comparator.comparingInt(Collection::size));
        Set<Long> result = new HashSet<Long>(bySize.get(0));
        for (int i = 1; i < bySize.size() && !result.isEmpty(); i++) {
            result.retainAll(bySize.get(i) instanceof Set ? bySize.get(i) : new HashSet<Long>(bySize.get(i)));
        }
        List<Long> sorted = new ArrayList<Long>(result);
        Collections.sort(sorted);
        return sorted;
    }
}
