package org.claimgraph.server;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the bearer token of writes. Every failed attempt is logged with the client's address; a client
 * with {@link #MAX_FAILURES} failures within {@link #WINDOW_MS} gets 429 until the window has passed.
 */
final class TokenGuard {
    private static final Logger LOG = LoggerFactory.getLogger(TokenGuard.class);
    static final int MAX_FAILURES = 5;
    static final long WINDOW_MS = 60_000;

    private final byte[] token;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    TokenGuard(String token) { this.token = token.getBytes(StandardCharsets.UTF_8); }

    /** @throws ApiException 429 for a client over its failures, 401 for a missing or wrong token */
    void check(HttpServletRequest req, String what) {
        String client = req.getRemoteAddr();
        long now = System.currentTimeMillis();
        Deque<Long> recent = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && now - recent.peekFirst() > WINDOW_MS) recent.removeFirst();
            if (recent.size() >= MAX_FAILURES) {
                long wait = Math.max(1, (recent.peekFirst() + WINDOW_MS - now + 999) / 1000);
                LOG.warn("token attempt from {} on {} {} refused: {} failures in the last minute", client, req.getMethod(), req.getRequestURI(), recent.size());
                throw new ApiException(429, "too many failed token attempts from this address; try again in " + wait + " s").retryAfter(wait);
            }
        }
        String h = req.getHeader("Authorization");
        String problem = null;
        if (h == null || !h.startsWith("Bearer ")) problem = what + " needs the header \"Authorization: Bearer <token>\"";
        else if (!MessageDigest.isEqual(token, h.substring(7).strip().getBytes(StandardCharsets.UTF_8))) problem = "the bearer token is not valid";
        if (problem == null) return;
        synchronized (recent) {
            recent.addLast(now);
            LOG.warn("failed token attempt from {} on {} {} ({} in the last minute): {}", client, req.getMethod(), req.getRequestURI(), recent.size(),
                    h == null ? "no Authorization header" : "wrong token");
        }
        throw new ApiException(401, problem);
    }
}
