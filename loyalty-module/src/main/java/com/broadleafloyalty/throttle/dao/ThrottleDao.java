package com.broadleafloyalty.throttle.dao;

import com.broadleafloyalty.throttle.domain.ThrottleCounter;
import com.broadleafloyalty.throttle.domain.ThrottleCounterImpl;

import java.util.Collection;
import java.util.Date;
import java.util.List;

public interface ThrottleDao {

    /** The latest lock end among these keys that is after {@code now}, or null (one SELECT, no entity loaded). */
    Date lockedUntil(Collection<String> keys, Date now);

    /** The counters of these keys that exist. */
    List<ThrottleCounter> read(Collection<String> keys);

    /** The counter under a row lock held until the transaction ends, or null when there is none. */
    ThrottleCounterImpl readForUpdate(String key);

    /** Inserts a new counter now (a second node's insert of the same key fails on the primary key). */
    void create(ThrottleCounterImpl counter);

    /** Forgets a counter (one DELETE); the number of rows removed. */
    int delete(String key);

    /** Removes counters untouched since {@code before} whose lock has ended; the number removed. */
    int deleteIdleSince(Date before);
}
