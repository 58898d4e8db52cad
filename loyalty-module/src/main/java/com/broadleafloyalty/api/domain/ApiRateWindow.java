package com.broadleafloyalty.api.domain;

import java.io.Serializable;

/** Calls one API key made in one minute: the counter every shop node increments in the shared database. */
public interface ApiRateWindow extends Serializable {

    Long getKeyId();

    long getWindowStart();

    long getCalls();
}
