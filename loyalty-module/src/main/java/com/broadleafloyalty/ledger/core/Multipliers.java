package com.broadleafloyalty.ledger.core;

import java.math.BigDecimal;

final class Multipliers {

    private Multipliers() {
    }

    static BigDecimal checked(BigDecimal multiplier) {
        if (multiplier == null || multiplier.signum() < 0) {
            throw new IllegalArgumentException("A multiplier must be zero or more, got " + multiplier);
        }
        return multiplier;
    }
}
