package com.broadleafloyalty.api.core;

import com.broadleafloyalty.support.core.LoyaltyText;

/**
 * A request the API refuses, with the HTTP status, a stable error code for programs and, for people, a message key
 * and its arguments (resolved in the caller's language when written as {@code {"error": code, "message": text}}).
 * {@link #getMessage()} is the key and arguments, for logs.
 */
public class ApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final LoyaltyText text;
    private long retryAfterSeconds;

    public ApiRefusal(int status, String code, String messageKey, Object... arguments) {
        this(status, code, LoyaltyText.of(messageKey, arguments));
    }

    private ApiRefusal(int status, String code, LoyaltyText text) {
        super(text.toString());
        this.status = status;
        this.code = code;
        this.text = text;
    }

    /** Over the key's rate limit; {@code retryAfterSeconds} goes out as the Retry-After header. */
    public static ApiRefusal rateLimited(long retryAfterSeconds) {
        ApiRefusal refusal = new ApiRefusal(429, "rate_limited", "loyalty.api.rateLimited", retryAfterSeconds);
        refusal.retryAfterSeconds = retryAfterSeconds;
        return refusal;
    }

    /**
     * Too many refused attempts (the throttle's lock, loyalty.throttle.*): 429 with the lock's own sentence and the
     * seconds left as Retry-After.
     */
    public static ApiRefusal tooManyAttempts(LoyaltyText text, long retryAfterSeconds) {
        ApiRefusal refusal = new ApiRefusal(429, "too_many_attempts", text);
        refusal.retryAfterSeconds = retryAfterSeconds;
        return refusal;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiRefusal badRequest(String messageKey, Object... arguments) {
        return new ApiRefusal(400, "bad_request", messageKey, arguments);
    }

    public static ApiRefusal unauthorized(String messageKey, Object... arguments) {
        return new ApiRefusal(401, "unauthorized", messageKey, arguments);
    }

    public static ApiRefusal forbidden(String messageKey, Object... arguments) {
        return new ApiRefusal(403, "forbidden", messageKey, arguments);
    }

    public static ApiRefusal notFound(String messageKey, Object... arguments) {
        return new ApiRefusal(404, "not_found", messageKey, arguments);
    }

    public static ApiRefusal conflict(String messageKey, Object... arguments) {
        return new ApiRefusal(409, "conflict", messageKey, arguments);
    }

    public LoyaltyText getText() {
        return text;
    }

    public int getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }
}
