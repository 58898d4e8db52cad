package com.broadleafloyalty.throttle.domain;

import java.io.Serializable;
import java.util.Date;

/** One row of {@code LOY_THROTTLE}: the failures of one subject at one kind of attempt. */
public interface ThrottleCounter extends Serializable {

    String getKey();

    String getKind();

    String getSubject();

    int getFailures();

    Date getWindowStart();

    Date getLockedUntil();

    int getLocks();

    Date getUpdatedAt();
}
