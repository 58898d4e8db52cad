package com.broadleafloyalty.demo.browser;

import com.broadleafloyalty.demo.DemoDatabase;
import com.broadleafloyalty.demo.DemoHistorySetting;
import com.broadleafloyalty.demo.DemoShop;
import com.broadleafloyalty.demo.web.Shopper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's loyalty journeys in a real browser, through Broadleaf's own admin pages and scripts: log in, create a
 * reward (bad input refused in the add dialog, then saved), adjust a shopper's points, record a partial return.
 * Every step must answer below 500 with a clean console (see {@link Chromium}); the screenshots land in
 * {@code target/browser/admin/}.
 */
class AdminBrowserTest {

    private static DemoShop shop;

    @BeforeAll
    static void startShop() throws Exception {
        // A demo history (generated orders over the last year, through the real checkout) for the dashboard's charts.
        shop = DemoHistorySetting.startingWith(150, () -> DemoShop.start("127.0.0.1", 0,
                DemoDatabase.inMemory("browseradmin" + System.nanoTime()), true));
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void shouldCreateARewardAdjustPointsAndRecordAPartialReturn() throws Exception {
        String email = "returns-" + System.nanoTime() + "@example.com";
        placeAnOrder(email);
        try (Chromium browser = Chromium.start("admin", 1400, 1100)) {
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
            browser.open(shop.baseUrl() + "/admin/login");
            browser.step("login");
            browser.type("input[name=j_username]", "admin");
            browser.type("input[name=j_password]", "admin");
            browser.clickAndWait("form button[type=submit], form input[type=submit]");
            browser.step("logged-in");

            browser.open(shop.baseUrl() + "/admin/loyalty-rewards");
            browser.step("reward-catalog");
            int rewardsBefore = browser.findAll("#listGrid-main tr[data-rowid]").size();
            browser.find(".add-main-entity").click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".modal form.modal-add-entity-form")));
            fill(dialog, "name", "Browser tote bag");
            fill(dialog, "description", "A tote bag for the browser test");
            fill(dialog, "pointsCost", "abc");
            new Select(dialog.findElement(field("rewardType"))).selectByValue("FIXED_DISCOUNT");
            fill(dialog, "rewardValue", "5");
            browser.step("reward-bad-input");
            submitDialog(browser);
            WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".modal .errors .fieldError")));
            browser.step("reward-refused");
            assertThat(error.getText()).contains("The points cost must be a whole number greater than 0.");

            fill(browser.find(".modal form.modal-add-entity-form"), "pointsCost", "120");
            submitDialog(browser);
            wait.until(ExpectedConditions.urlMatches("/admin/loyalty-rewards/-?\\d+$"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.entity-form")));
            browser.step("reward-saved");
            browser.open(shop.baseUrl() + "/admin/loyalty-rewards");
            assertThat(browser.findAll("#listGrid-main tr[data-rowid]")).hasSize(rewardsBefore + 1);
            browser.step("reward-listed");

            browser.open(shop.baseUrl() + "/admin/loyalty-customers?q=" + email);
            browser.clickAndWait(browser.driver().findElement(By.linkText(email)));
            browser.step("customer-account");
            long balance = Long.parseLong(browser.find("#loyalty-balance").getText().replaceAll("[^0-9]", ""));
            browser.type("#loyalty-adjust-points", "25");
            browser.type("form#loyalty-adjust [name=reason]", "Goodwill: browser test");
            browser.clickAndWait("form#loyalty-adjust button[type=submit]");
            browser.step("points-adjusted");
            assertThat(browser.find(".loyalty-notice").getText()).contains("+25");
            assertThat(Long.parseLong(browser.find("#loyalty-balance").getText().replaceAll("[^0-9]", "")))
                    .isEqualTo(balance + 25);

            WebElement returnForm = browser.find(".loyalty-placed-order form.loyalty-return");
            WebElement quantity = returnForm.findElement(By.cssSelector("input[name^=quantity-]"));
            quantity.clear();
            quantity.sendKeys("1");
            WebElement reference = returnForm.findElement(By.name("returnReference"));
            reference.clear();
            reference.sendKeys("RMA-BROWSER-1");
            browser.clickAndWait(returnForm.findElement(By.cssSelector("button[type=submit]")));
            browser.step("partial-return");
            assertThat(browser.find(".loyalty-notice").getText()).contains("RMA-BROWSER-1");
            assertThat(Long.parseLong(browser.find("#loyalty-balance").getText().replaceAll("[^0-9]", "")))
                    .isLessThan(balance + 25);
        }
    }

    @Test
    void shouldDrawTheDashboardsChartsOnAYearOfTheDemoHistory() throws Exception {
        try (Chromium browser = Chromium.start("admin-dashboard", 1400, 2400)) {
            browser.open(shop.baseUrl() + "/admin/login");
            browser.type("input[name=j_username]", "admin");
            browser.type("input[name=j_password]", "admin");
            browser.clickAndWait("form button[type=submit], form input[type=submit]");

            browser.open(shop.baseUrl() + "/admin/loyalty-dashboard?range=365");
            JavascriptExecutor script = (JavascriptExecutor) browser.driver();
            // Chart.js draws after the page loads: wait until every canvas has its chart.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver -> Boolean.TRUE.equals(
                    script.executeScript("var c = document.querySelectorAll('canvas[id^=loyalty-chart-]');"
                            + " if (!window.Chart || c.length === 0) { return false; }"
                            + " for (var i = 0; i < c.length; i++) { if (!Chart.getChart(c[i])) { return false; } }"
                            + " return true;")));
            browser.step("dashboard");

            assertThat(browser.findAll("canvas[id^=loyalty-chart-]")).hasSize(6);
            Number drawnPoints = (Number) script.executeScript("var n = 0; document.querySelectorAll("
                    + "'canvas[id^=loyalty-chart-]').forEach(function (c) { Chart.getChart(c).data.datasets.forEach("
                    + "function (d) { d.data.forEach(function (v) { if (v) { n++; } }); }); }); return n;");
            assertThat(drawnPoints.intValue()).as("non-zero values drawn from the demo history").isPositive();
            WebElement orders = browser.driver().findElement(By.xpath(
                    "//*[@id='loyalty-table-headline']//tr[*[1][normalize-space()='Orders of members']]/*[2]"));
            assertThat(Long.parseLong(orders.getText().replaceAll("[^0-9]", ""))).as("orders of the demo history")
                    .isPositive();
        }
    }

    private static void fill(WebElement form, String property, String value) {
        WebElement field = form.findElement(field(property));
        field.clear();
        field.sendKeys(value);
    }

    /** Broadleaf's entity forms name each input fields['property'].value. */
    private static By field(String property) {
        return By.cssSelector("[name=\"fields['" + property + "'].value\"]");
    }

    /** The add dialog's save button: Broadleaf's script submits the dialog's form by AJAX. */
    private static void submitDialog(Chromium browser) {
        browser.find(".modal .modal-footer button.submit-button, .modal button.submit-button").click();
    }

    /** A shopper registers and orders three items on the storefront (over HTTP, as in the admin's HTTP tests). */
    private static void placeAnOrder(String email) throws Exception {
        Shopper shopper = new Shopper(shop.baseUrl());
        shopper.register(email, "secret123");
        shopper.submit(shopper.open("/"), "form[action=/cart/add]", "quantity", "3");
        Document confirmation = shopper.checkOut("admin browser wallet");
        assertThat(shopper.lastUrl()).contains("/confirmation/");
        assertThat(confirmation.select(".loyalty-order-points")).isNotEmpty();
    }
}
