package com.broadleafloyalty.admin.security;

import com.broadleafloyalty.admin.customer.SectionAccessDeniedException;
import com.broadleafloyalty.admin.customer.SectionChangeDeniedException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.ModelAndView;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The 403 page of the loyalty sections, in the admin user's language, and which paths the change guard covers. */
class SectionAccessDeniedPageTest {

    private final Map<String, Object> response = new HashMap<String, Object>();
    private final StringWriter body = new StringWriter();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void shouldAnswerAChangeOutsideTheRoleWith403InTheAdminsLanguage() {
        LocaleContextHolder.setLocale(new Locale("ro"));

        ModelAndView handled = page().resolveException(request("https://shop.example/admin/loyalty-customers/7"),
                response(), null, new SectionChangeDeniedException("loyalty-customers"));

        assertThat(handled).isNotNull();
        assertThat(response.get("status")).isEqualTo(403);
        Document page = Jsoup.parse(body.toString());
        assertThat(page.selectFirst(".loyalty-access-denied").attr("data-reason")).isEqualTo("change");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Doar vizualizare");
        assertThat(page.selectFirst(".loyalty-refusal").text()).endsWith("Nu s-a salvat nimic.");
        assertThat(page.selectFirst("a").attr("href")).isEqualTo("/admin/loyalty-customers/7");
    }

    @Test
    void shouldAnswerASectionOutsideTheRoleInPolishAndSpanish() {
        LocaleContextHolder.setLocale(new Locale("pl"));
        page().resolveException(request(null), response(), null, new SectionAccessDeniedException("loyalty-audit"));
        assertThat(Jsoup.parse(body.toString()).selectFirst("h1").text()).isEqualTo("Brak dostępu");

        body.getBuffer().setLength(0);
        LocaleContextHolder.setLocale(new Locale("es"));
        page().resolveException(request(null), response(), null, new SectionAccessDeniedException("loyalty-audit"));
        Document spanish = Jsoup.parse(body.toString());
        assertThat(spanish.selectFirst("h1").text()).isEqualTo("Sin acceso");
        assertThat(spanish.selectFirst(".loyalty-access-denied").attr("data-reason")).isEqualTo("section");
        assertThat(spanish.selectFirst("a").attr("href")).isEqualTo("/admin/");
    }

    @Test
    void shouldLeaveOtherExceptionsToTheNextResolver() {
        assertThat(page().resolveException(request(null), response(), null, new IllegalStateException("x"))).isNull();
        assertThat(response).doesNotContainKey("status");
    }

    @Test
    void shouldGuardEveryLoyaltySectionPathAndNothingElse() {
        assertThat(SectionChangeGuard.sectionUrl("/loyalty-customers/12/adjust")).isEqualTo("/loyalty-customers");
        assertThat(SectionChangeGuard.sectionUrl("/loyalty-tiers")).isEqualTo("/loyalty-tiers");
        assertThat(SectionChangeGuard.sectionUrl("/loyalty-tiers;jsessionid=1/add")).isEqualTo("/loyalty-tiers");
        assertThat(SectionChangeGuard.sectionUrl("/customer/12")).isNull();
        assertThat(SectionChangeGuard.sectionUrl("/login_admin_post")).isNull();
        assertThat(SectionChangeGuard.sectionUrl(null)).isNull();
    }

    private static SectionAccessDeniedPage page() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:messages/LoyaltyAdminAuditMessages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SectionAccessDeniedPage page = new SectionAccessDeniedPage();
        page.messages = messages;
        return page;
    }

    private static HttpServletRequest request(String referer) {
        return (HttpServletRequest) Proxy.newProxyInstance(SectionAccessDeniedPageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getMethod":
                            return "POST";
                        case "getRequestURI":
                            return "/admin/loyalty-customers/7/adjust";
                        case "getContextPath":
                            return "/admin";
                        case "getServerName":
                            return "shop.example";
                        case "getHeader":
                            return "Referer".equals(args[0]) ? referer : null;
                        default:
                            return null;
                    }
                });
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(SectionAccessDeniedPageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus":
                            response.put("status", args[0]);
                            return null;
                        case "getWriter":
                            return writer;
                        case "isCommitted":
                            return Boolean.FALSE;
                        default:
                            return null;
                    }
                });
    }
}
