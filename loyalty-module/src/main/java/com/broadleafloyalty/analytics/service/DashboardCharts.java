package com.broadleafloyalty.analytics.service;

import com.broadleafloyalty.analytics.core.WeeklySeries;
import com.broadleafloyalty.feedback.core.FeedbackScores;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of the dashboard's charts, as the page's script reads it (a JSON island): weekly points, liability and
 * orders, members by tier, customers by segment, monthly NPS and CSAT, and every series' label in the reader's
 * language. The script only draws.
 */
public final class DashboardCharts {

    private static final String LABEL = DashboardTables.PREFIX + "chart.";

    private DashboardCharts() {
    }

    public static Map<String, Object> of(LoyaltyDashboard d, DashboardMessages messages) {
        Map<String, Object> charts = new LinkedHashMap<String, Object>();
        List<Object> weeks = new ArrayList<Object>();
        List<Object> issued = new ArrayList<Object>();
        List<Object> redeemed = new ArrayList<Object>();
        List<Object> expired = new ArrayList<Object>();
        List<Object> liability = new ArrayList<Object>();
        List<Object> members = new ArrayList<Object>();
        List<Object> guests = new ArrayList<Object>();
        for (WeeklySeries.Week week : d.getWeeks().getWeeks()) {
            weeks.add(week.getStart().toString());
            issued.add(week.getIssued());
            redeemed.add(week.getRedeemed());
            expired.add(week.getExpired());
            liability.add(week.getLiability());
            members.add(week.getMemberOrders());
            guests.add(week.getGuestOrders());
        }
        charts.put("weeks", weeks);
        charts.put("issued", issued);
        charts.put("redeemed", redeemed);
        charts.put("expired", expired);
        charts.put("liability", liability);
        charts.put("memberOrders", members);
        charts.put("guestOrders", guests);

        List<Object> tierNames = new ArrayList<Object>();
        List<Object> tierMembers = new ArrayList<Object>();
        for (Map.Entry<String, Long> tier : d.getMembersByTier().getCurrent().entrySet()) {
            tierNames.add(tier.getKey());
            tierMembers.add(tier.getValue());
        }
        charts.put("tiers", tierNames);
        charts.put("tierMembers", tierMembers);

        List<Object> segmentNames = new ArrayList<Object>();
        List<Object> segmentNow = new ArrayList<Object>();
        List<Object> segmentBefore = new ArrayList<Object>();
        for (String segment : DashboardTables.SEGMENTS) {
            segmentNames.add(messages.text(DashboardTables.segmentKey(segment)));
            segmentNow.add(orZero(d.getCustomersBySegment().getCurrent().get(segment)));
            segmentBefore.add(orZero(d.getCustomersBySegment().getPrevious().get(segment)));
        }
        charts.put("segments", segmentNames);
        charts.put("segmentCustomers", segmentNow);
        charts.put("segmentCustomersBefore", segmentBefore);

        List<Object> months = new ArrayList<Object>();
        List<Object> nps = new ArrayList<Object>();
        List<Object> csat = new ArrayList<Object>();
        for (Map.Entry<YearMonth, FeedbackScores> month : d.getFeedbackTrend().entrySet()) {
            months.add(month.getKey().toString());
            nps.add(month.getValue().getNps());
            BigDecimal percent = month.getValue().getCsatPercent();
            csat.add(percent);
        }
        charts.put("months", months);
        charts.put("nps", nps);
        charts.put("csat", csat);

        Map<String, Object> labels = new LinkedHashMap<String, Object>();
        for (String key : new String[] {"issued", "redeemed", "expired", "liability", "memberOrders", "guestOrders",
            "tierMembers", "segmentCustomers", "segmentCustomersBefore", "nps", "csat"}) {
            labels.put(key, messages.text(LABEL + key));
        }
        charts.put("labels", labels);
        return charts;
    }

    private static long orZero(Long value) {
        return value == null ? 0L : value;
    }
}
