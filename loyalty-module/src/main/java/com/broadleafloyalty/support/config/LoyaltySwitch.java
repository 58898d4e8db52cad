package com.broadleafloyalty.support.config;

/**
 * Turns the module's workflow activities on or off at run time ({@code loyalty.enabled}, default true). With the
 * switch off, checkout and pricing behave exactly as without the module: used by merchants to pause the programme
 * and by the replay benchmark to compare with and without the module in one JVM.
 */
public class LoyaltySwitch {

    private volatile boolean enabled = true;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
