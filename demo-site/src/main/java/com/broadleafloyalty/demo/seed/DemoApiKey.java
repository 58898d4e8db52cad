package com.broadleafloyalty.demo.seed;

import com.broadleafloyalty.api.core.ApiScope;
import com.broadleafloyalty.api.service.ApiKeyService;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

import javax.annotation.Resource;

/**
 * The demo's admin API key, with every scope: a documented secret, like the demo's logins, so the launcher can print
 * it on every start (a real shop creates its keys in the admin and sees each secret once). Registered on the first
 * start; a revoked demo key stays revoked.
 */
public class DemoApiKey implements ApplicationListener<ContextRefreshedEvent> {

    public static final String SECRET = "lk_demo-shop-all-scopes-0000000000000000";

    @Resource(name = "blLoyaltyApiKeyService")
    protected ApiKeyService keys;

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        keys.register("Demo key (all scopes)", ApiScope.allCodes(), SECRET, "demo");
    }
}
