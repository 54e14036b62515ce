package org.claimgraph.server;

import java.util.List;
import java.util.Map;

/** An HTTP error the API answers with: status, a fixed title per status, a detail, and problems by field. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final transient Map<String, List<String>> errors;
    /** Seconds a client should wait (429, 503), or 0. */
    long retryAfter;

    ApiException(int status, String detail) { this(status, detail, Map.of()); }

    ApiException(int status, String detail, Map<String, List<String>> errors) {
        super(detail);
        this.status = status;
        this.errors = Map.copyOf(errors);
    }

    /** The methods a 405's resource allows (the Allow header), or null. */
    String allow;

    ApiException allow(String methods) {
        this.allow = methods;
        return this;
    }

    ApiException retryAfter(long seconds) {
        this.retryAfter = seconds;
        return this;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "Internal Server Error";
        };
    }
}
