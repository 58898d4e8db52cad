package com.broadleafloyalty.api.web;

import com.broadleafloyalty.api.core.ApiRefusal;
import com.broadleafloyalty.ledger.service.PostingConflictException;
import com.broadleafloyalty.support.core.LoyaltyRefusal;
import com.broadleafloyalty.support.core.LoyaltyText;
import com.broadleafloyalty.support.i18n.LoyaltyMessages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Every refusal as {@code {"error": code, "message": text}} with its status. The slices' refusals (the same sentences
 * as the storefront and admin forms) are 400s; only a fault of the shop itself is a 500, and it is logged.
 */
@ControllerAdvice
public class ApiErrors {

    @Resource(name = "blLoyaltyMessages")
    protected LoyaltyMessages messages;

    private static final Log LOG = LogFactory.getLog(ApiErrors.class);

    @ExceptionHandler(ApiRefusal.class)
    public ResponseEntity<Map<String, Object>> refused(ApiRefusal e, HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> response = error(e.getStatus(), e.getCode(),
                messages.text(e.getText(), localeOf(request)));
        if (e.getRetryAfterSeconds() > 0) {
            HttpHeaders headers = new HttpHeaders();
            headers.putAll(response.getHeaders());
            headers.set("Retry-After", String.valueOf(e.getRetryAfterSeconds()));
            return new ResponseEntity<Map<String, Object>>(response.getBody(), headers, response.getStatusCode());
        }
        return response;
    }

    /**
     * The rules' refusals (adjustments, redemptions, feedback, account settings) in the caller's language: its
     * Accept-Language header, English without one (a program's default should not depend on the server's).
     */
    @ExceptionHandler(LoyaltyRefusal.class)
    public ResponseEntity<Map<String, Object>> refusedByTheRules(LoyaltyRefusal e, HttpServletRequest request) {
        return error(400, "bad_request", messages.refusal(e, localeOf(request)));
    }

    private static Locale localeOf(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
    }

    private ResponseEntity<Map<String, Object>> error(int status, String code, HttpServletRequest request,
            String messageKey, Object... arguments) {
        return error(status, code, messages.text(LoyaltyText.of(messageKey, arguments), localeOf(request)));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Map<String, Object>> invalid(IllegalArgumentException e) {
        return error(400, "bad_request", e.getMessage());
    }

    @ExceptionHandler(PostingConflictException.class)
    public ResponseEntity<Map<String, Object>> conflict(PostingConflictException e, HttpServletRequest request) {
        return error(409, "idempotency_conflict", request, "loyalty.api.idempotencyConflict");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e,
            HttpServletRequest request) {
        return error(400, "bad_request", request, "loyalty.api.notJson");
    }

    @ExceptionHandler({TypeMismatchException.class, ServletRequestBindingException.class})
    public ResponseEntity<Map<String, Object>> badParameter(Exception e, HttpServletRequest request) {
        return error(400, "bad_request", request, "loyalty.api.badParameter");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e,
            HttpServletRequest request) {
        return error(415, "unsupported_media_type", request, "loyalty.api.sendJson");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpServletRequest request) {
        return error(406, "not_acceptable", request, "loyalty.api.answersJson");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e,
            HttpServletRequest request) {
        return error(405, "method_not_allowed", request, "loyalty.api.methodNotAllowed", e.getMethod());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Map<String, Object>> fault(Exception e, HttpServletRequest request) {
        LOG.error("The loyalty API failed", e);
        return error(500, "internal", request, "loyalty.api.internal");
    }

    static ResponseEntity<Map<String, Object>> error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("error", code);
        body.put("message", message);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (status == 401) {
            headers.set("WWW-Authenticate", "Bearer");
        }
        return new ResponseEntity<Map<String, Object>>(body, headers, HttpStatus.valueOf(status));
    }
}
