/*
 * Broadleaf Loyalty: draws the dashboard's charts with Chart.js from the JSON island #loyalty-dashboard-data
 * (DashboardCharts). Every label comes translated in the data; this script only draws. Used by the admin's
 * Loyalty > Dashboard and, inlined, by the replay's static report.
 */
(function () {
    'use strict';

    function draw() {
        var island = document.getElementById('loyalty-dashboard-data');
        if (!island || typeof Chart === 'undefined') {
            return;
        }
        var d = JSON.parse(island.textContent || '{}');
        var labels = d.labels || {};
        var colours = ['#266ec8', '#e07b24', '#9b9b9b', '#3a9d5d', '#c0392b', '#8e44ad'];
        Chart.defaults.animation = false;
        Chart.defaults.maintainAspectRatio = false;

        function chart(id, config) {
            var canvas = document.getElementById(id);
            if (canvas) {
                new Chart(canvas, config);
            }
        }

        function dataset(key, values, colour, extra) {
            var set = {label: labels[key] || key, data: values || [], backgroundColor: colour, borderColor: colour};
            for (var name in extra || {}) {
                set[name] = extra[name];
            }
            return set;
        }

        chart('loyalty-chart-points', {type: 'bar', data: {labels: d.weeks, datasets: [
            dataset('issued', d.issued, colours[0]),
            dataset('redeemed', d.redeemed, colours[1]),
            dataset('expired', d.expired, colours[2])]}});
        chart('loyalty-chart-liability', {type: 'line', data: {labels: d.weeks, datasets: [
            dataset('liability', d.liability, colours[0], {fill: false, tension: 0.2})]}});
        chart('loyalty-chart-orders', {type: 'bar', data: {labels: d.weeks, datasets: [
            dataset('memberOrders', d.memberOrders, colours[3]),
            dataset('guestOrders', d.guestOrders, colours[2])]},
            options: {scales: {x: {stacked: true}, y: {stacked: true}}}});
        chart('loyalty-chart-tiers', {type: 'bar', data: {labels: d.tiers, datasets: [
            dataset('tierMembers', d.tierMembers, colours[0])]}});
        chart('loyalty-chart-segments', {type: 'bar', data: {labels: d.segments, datasets: [
            dataset('segmentCustomers', d.segmentCustomers, colours[0]),
            dataset('segmentCustomersBefore', d.segmentCustomersBefore, colours[2])]},
            options: {indexAxis: 'y'}});
        chart('loyalty-chart-feedback', {type: 'line', data: {labels: d.months, datasets: [
            dataset('nps', d.nps, colours[0], {yAxisID: 'y'}),
            dataset('csat', d.csat, colours[1], {yAxisID: 'y1'})]},
            options: {scales: {y: {min: -100, max: 100, position: 'left'},
                y1: {min: 0, max: 100, position: 'right', grid: {drawOnChartArea: false}}}}});
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
}());
