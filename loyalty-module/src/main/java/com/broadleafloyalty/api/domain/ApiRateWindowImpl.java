package com.broadleafloyalty.api.domain;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** Keyed by (key, minute): the primary key is what makes two nodes' first calls of a minute meet on one row. */
@Entity
@Table(name = "LOY_API_RATE_WINDOW")
public class ApiRateWindowImpl implements ApiRateWindow {

    private static final long serialVersionUID = 1L;

    @EmbeddedId
    protected Key id;

    @Column(name = "CALLS", nullable = false)
    protected long calls;

    public ApiRateWindowImpl() {
    }

    public ApiRateWindowImpl(Long keyId, long windowStart) {
        this.id = new Key(keyId, windowStart);
        this.calls = 1;
    }

    @Override
    public Long getKeyId() {
        return id.keyId;
    }

    @Override
    public long getWindowStart() {
        return id.windowStart;
    }

    @Override
    public long getCalls() {
        return calls;
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "API_KEY_ID", nullable = false)
        protected Long keyId;

        /** Minutes since the epoch. */
        @Column(name = "WINDOW_START", nullable = false)
        protected long windowStart;

        public Key() {
        }

        Key(Long keyId, long windowStart) {
            this.keyId = keyId;
            this.windowStart = windowStart;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && ((Key) other).keyId.equals(keyId)
                    && ((Key) other).windowStart == windowStart;
        }

        @Override
        public int hashCode() {
            return keyId.hashCode() * 31 + Long.hashCode(windowStart);
        }
    }
}
