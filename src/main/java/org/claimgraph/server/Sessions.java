package org.claimgraph.server;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions for the pages: a random id in an HttpOnly, SameSite=Strict cookie (Secure over TLS)
 * and, per session, a CSRF token every form carries. Signing in with the server's token starts a new
 * session (the old id is dropped), so an id seen before sign-in is worth nothing after.
 */
final class Sessions {
    static final String COOKIE = "cg_session";
    private static final Duration TTL = Duration.ofHours(12);
    private static final int MAX = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One browser's session: its form token and who signed in (null: nobody yet). */
    record Session(String id, String csrf, String user, Instant expires) {
        boolean signedIn() { return user != null; }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final byte[] token;

    /** token: the server's write token, or null when the server is read-only (no one can sign in). */
    Sessions(String token) { this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8); }

    boolean writable() { return token != null; }

    /** The request's live session, or null. */
    Session find(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) return null;
        for (Cookie c : cookies) {
            if (!COOKIE.equals(c.getName())) continue;
            Session s = sessions.get(c.getValue());
            if (s != null && s.expires().isAfter(Instant.now())) return s;
            if (s != null) sessions.remove(s.id());
        }
        return null;
    }

    /** The request's session, or a new anonymous one (for the sign-in form's token). */
    Session findOrStart(HttpServletRequest req, HttpServletResponse res) {
        Session s = find(req);
        return s != null ? s : start(req, res, null);
    }

    /** Checks the token given in the sign-in form; on success a new signed-in session replaces the old one. */
    Session signIn(HttpServletRequest req, HttpServletResponse res, Session old, String given) {
        if (token == null || given == null || !MessageDigest.isEqual(token, given.strip().getBytes(StandardCharsets.UTF_8))) return null;
        if (old != null) sessions.remove(old.id());
        return start(req, res, "editor (token)");
    }

    void signOut(HttpServletRequest req, HttpServletResponse res, Session s) {
        sessions.remove(s.id());
        res.addHeader("Set-Cookie", cookie(req, "", 0));
    }

    /** A form's CSRF token matches its session's (constant time). */
    static boolean csrfOk(Session s, String given) {
        return s != null && given != null && MessageDigest.isEqual(s.csrf().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private Session start(HttpServletRequest req, HttpServletResponse res, String user) {
        if (sessions.size() >= MAX) {
            Instant now = Instant.now();
            sessions.values().removeIf(s -> s.expires().isBefore(now) || !s.signedIn());
        }
        Session s = new Session(random(), random(), user, Instant.now().plus(TTL));
        sessions.put(s.id(), s);
        res.addHeader("Set-Cookie", cookie(req, s.id(), TTL.toSeconds()));
        return s;
    }

    private static String cookie(HttpServletRequest req, String value, long maxAge) {
        return COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict" + (req.isSecure() ? "; Secure" : "");
    }

    private static String random() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
