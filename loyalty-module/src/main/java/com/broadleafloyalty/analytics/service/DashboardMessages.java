package com.broadleafloyalty.analytics.service;

/** Resolves the dashboard's labels in the reader's language (the admin's message source, or the report's). */
public interface DashboardMessages {

    String text(String key, Object... arguments);
}
