package com.broadleafloyalty.api.web;

import com.broadleafloyalty.api.core.ApiRefusal;
import com.broadleafloyalty.api.service.ApiKeyService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

/**
 * A shopper logs in through the API ({@code {"email", "password"}}, checked by the storefront's own authentication
 * manager) and gets a short-lived bearer token for the shopper API.
 */
@Controller
public class ShopperTokenController {

    @Resource(name = "blAuthenticationManager")
    protected AuthenticationManager authentication;

    @Resource(name = "blCustomerService")
    protected CustomerService customers;

    @Resource(name = "blLoyaltyApiKeyService")
    protected ApiKeyService keys;

    @RequestMapping(value = "/auth/token", method = RequestMethod.POST)
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> token(@RequestBody Map<String, Object> body) {
        String email = ShopperApiController.text(body.get("email"));
        String password = ShopperApiController.text(body.get("password"));
        if (email == null || email.trim().isEmpty() || password == null || password.isEmpty()) {
            throw ApiRefusal.badRequest("loyalty.api.credentialsMissing");
        }
        Authentication done;
        try {
            done = authentication.authenticate(new UsernamePasswordAuthenticationToken(email, password));
        } catch (AuthenticationException e) {
            throw ApiRefusal.unauthorized("loyalty.api.credentialsWrong");
        }
        Customer customer = customers.readCustomerByUsername(done.getName());
        if (customer == null) {
            throw ApiRefusal.unauthorized("loyalty.api.credentialsWrong");
        }
        Map<String, Object> document = new LinkedHashMap<String, Object>();
        document.put("token", keys.issueShopperToken(customer.getId()));
        document.put("tokenType", "Bearer");
        document.put("expiresInSeconds", keys.getShopperTokenMinutes() * 60);
        return document;
    }
}
