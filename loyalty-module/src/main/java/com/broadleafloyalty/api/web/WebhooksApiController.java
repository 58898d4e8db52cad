package com.broadleafloyalty.api.web;

import com.broadleafloyalty.api.core.ApiRefusal;
import com.broadleafloyalty.api.core.ApiScope;
import com.broadleafloyalty.webhook.domain.WebhookSubscription;
import com.broadleafloyalty.webhook.service.WebhookService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Webhook subscriptions: listed with webhooks:read, created and removed with webhooks:write. The signing secret is
 * the caller's own (16 to 100 characters) and never shown again; the same rules as every subscription refuse a bad
 * address, an unknown event or a short secret, in the caller's language.
 */
@Controller
public class WebhooksApiController {

    @Resource(name = "blLoyaltyApiAccess")
    protected ApiAccess access;

    @Resource(name = "blLoyaltyWebhookService")
    protected WebhookService webhooks;

    @RequestMapping(value = "/webhooks", method = RequestMethod.GET)
    @ResponseBody
    public Map<String, Object> list(HttpServletRequest request) {
        access.requireScope(request, ApiScope.WEBHOOKS_READ);
        List<Map<String, Object>> rows = new ArrayList<Map<String, Object>>();
        for (WebhookSubscription subscription : webhooks.subscriptions()) {
            if (subscription.isActive()) {
                rows.add(document(subscription));
            }
        }
        Map<String, Object> answer = new LinkedHashMap<String, Object>();
        answer.put("webhooks", rows);
        answer.put("eventTypes", webhooks.eventTypes());
        return answer;
    }

    /** {@code {"url": "https://...", "events": ["points.earned", ...] or "a,b", "secret": "..."}}. */
    @RequestMapping(value = "/webhooks", method = RequestMethod.POST)
    public ResponseEntity<Map<String, Object>> subscribe(HttpServletRequest request,
            @RequestBody Map<String, Object> body) {
        access.requireScope(request, ApiScope.WEBHOOKS_WRITE);
        WebhookSubscription subscription = webhooks.subscribe(ShopperApiController.text(body.get("url")),
                events(body.get("events")), ShopperApiController.text(body.get("secret")));
        return new ResponseEntity<Map<String, Object>>(document(subscription), HttpStatus.CREATED);
    }

    @RequestMapping(value = "/webhooks/{webhookId}", method = RequestMethod.DELETE)
    public ResponseEntity<Void> unsubscribe(HttpServletRequest request, @PathVariable("webhookId") String webhookId) {
        access.requireScope(request, ApiScope.WEBHOOKS_WRITE);
        Long id;
        try {
            id = Long.valueOf(webhookId.trim());
        } catch (NumberFormatException e) {
            throw ApiRefusal.badRequest("loyalty.api.notAWebhookId", webhookId);
        }
        if (!webhooks.unsubscribe(id)) {
            throw ApiRefusal.notFound("loyalty.api.noSuchWebhook", String.valueOf(id));
        }
        return new ResponseEntity<Void>(HttpStatus.NO_CONTENT);
    }

    private static String events(Object value) {
        if (value instanceof Collection) {
            List<String> names = new ArrayList<String>();
            for (Object name : (Collection<?>) value) {
                names.add(String.valueOf(name));
            }
            return String.join(",", names);
        }
        return ShopperApiController.text(value);
    }

    private static Map<String, Object> document(WebhookSubscription subscription) {
        Map<String, Object> document = new LinkedHashMap<String, Object>();
        document.put("id", subscription.getId());
        document.put("url", subscription.getUrl());
        document.put("events", subscription.getEvents().split(","));
        document.put("active", subscription.isActive());
        document.put("createdAt", subscription.getCreatedAt() == null ? null
                : subscription.getCreatedAt().toInstant().toString());
        return document;
    }
}
