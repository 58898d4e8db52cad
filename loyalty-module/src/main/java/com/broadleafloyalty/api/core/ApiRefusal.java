package com.broadleafloyalty.api.core;

/**
 * A request the API refuses, with the HTTP status, a stable error code for programs and a sentence for people.
 * Thrown anywhere in the API layer and written as {@code {"error": code, "message": text}}.
 */
public class ApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private long retryAfterSeconds;

    public ApiRefusal(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** Over the key's rate limit; {@code retryAfterSeconds} goes out as the Retry-After header. */
    public static ApiRefusal rateLimited(long retryAfterSeconds) {
        ApiRefusal refusal = new ApiRefusal(429, "rate_limited",
                "This key made too many calls this minute: try again in " + retryAfterSeconds + " s.");
        refusal.retryAfterSeconds = retryAfterSeconds;
        return refusal;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiRefusal badRequest(String message) {
        return new ApiRefusal(400, "bad_request", message);
    }

    public static ApiRefusal unauthorized(String message) {
        return new ApiRefusal(401, "unauthorized", message);
    }

    public static ApiRefusal forbidden(String message) {
        return new ApiRefusal(403, "forbidden", message);
    }

    public static ApiRefusal notFound(String message) {
        return new ApiRefusal(404, "not_found", message);
    }

    public static ApiRefusal conflict(String message) {
        return new ApiRefusal(409, "conflict", message);
    }

    public int getStatus() {
        return status;
    }

    public String getCode() {
        return code;
    }
}
