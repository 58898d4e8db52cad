package com.broadleafloyalty.analytics.service;

import com.broadleafloyalty.analytics.core.Period;

/**
 * The loyalty KPIs of a period, compared with the period of the same length before it: the door the admin's
 * dashboard and the replay's report use. Reads a few aggregate queries (orders as scalar rows, the other slices'
 * figures through their statistics doors); never loads an order entity.
 */
public interface LoyaltyDashboardService {

    LoyaltyDashboard dashboard(Period period);
}
