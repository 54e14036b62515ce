package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages' rules over plain HTTP: security headers, sign-in, cookies, CSRF, read-only servers, errors. */
class PagesHttpTest {

    static final String TOKEN = "pages-token-5678";
    @TempDir static Path dir;
    static ClaimGraph cg;
    static ClaimServer server, readOnly;

    @BeforeAll static void start() {
        cg = ClaimGraph.open("tdb2", dir.resolve("store"), null);
        cg.load(List.of(Path.of("data/examples/city-budget/entities.json"), Path.of("data/examples/city-budget/claims.json")), "test");
        cg.check();
        server = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 10_000, 10_000, 20_000, TOKEN));
        readOnly = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 10_000, 10_000, 20_000, null));
    }

    @AfterAll static void stop() {
        if (server != null) server.close();
        if (readOnly != null) readOnly.close();
        if (cg != null) cg.close();
    }

    static HttpResponse<String> get(ClaimServer s, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path.substring(1)));
        if (cookie != null) b.header("Cookie", cookie);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) b.header("Cookie", cookie);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String cookie(HttpResponse<String> r) {
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the form carries a CSRF token");
        return m.group(1);
    }

    @Test void everyPageSendsTheSecurityHeaders() throws Exception {
        for (String p : List.of("/", "/documents/riverton-budget-2025", "/query", "/signin", "/no/such/page")) {
            HttpResponse<String> r = get(server, p, null);
            assertEquals(PagesServlet.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), p);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), p);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), p);
        }
        assertTrue(PagesServlet.CSP.contains("script-src 'self'") && !PagesServlet.CSP.contains("unsafe-inline"), "no inline script");
        HttpResponse<String> css = get(server, "/assets/claimgraph.css", null);
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test void unknownThingsAre404Pages() throws Exception {
        HttpResponse<String> r = get(server, "/documents/no-such-doc", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("no document \"no-such-doc\" in the store"), r.body());
        assertEquals(404, get(server, "/claims/riverton-budget-2025/no-such-claim", null).statusCode());
        assertEquals(404, get(server, "/sources/No%20Such%20Paper", null).statusCode());
        assertEquals(404, get(server, "/query?name=nope", null).statusCode());
    }

    @Test void signingInNeedsTheFormTokenAndTheServerToken() throws Exception {
        HttpResponse<String> check = get(server, "/check", null);
        assertEquals(302, check.statusCode());
        assertEquals("/signin?next=check", check.headers().firstValue("Location").orElse(""));

        HttpResponse<String> form = get(server, "/signin", null);
        String set = form.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(set.contains("; HttpOnly") && set.contains("; SameSite=Strict") && set.contains("; Path=/"), set);
        assertFalse(set.contains("Secure"), "plain HTTP: no Secure flag");
        String anon = cookie(form), token = csrf(form.body());

        assertEquals(403, post("/signin", anon, "token=" + TOKEN).statusCode(), "no CSRF token");
        assertEquals(403, post("/signin", null, "csrf=" + token + "&token=" + TOKEN).statusCode(), "no session");
        HttpResponse<String> wrong = post("/signin", anon, "csrf=" + token + "&token=wrong");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("That token is not valid."));

        HttpResponse<String> in = post("/signin", anon, "csrf=" + token + "&token=" + TOKEN + "&next=check");
        assertEquals(302, in.statusCode());
        String session = cookie(in);
        assertNotEquals(anon, session, "signing in starts a new session");
        assertEquals(302, get(server, "/check", anon).statusCode(), "the old session id is worth nothing");
        HttpResponse<String> page = get(server, "/check", session);
        assertEquals(200, page.statusCode());
        String formToken = csrf(page.body());

        long before = cg.store().size();
        HttpResponse<String> forged = post("/check", session, "action=save&rows=0&title=x&text=y");
        assertEquals(403, forged.statusCode(), "a save without the form's token is refused");
        assertEquals(before, cg.store().size(), "and stores nothing");
        HttpResponse<String> empty = post("/check", session, "csrf=" + formToken + "&action=draft&text=");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("Paste the article&#39;s text") || empty.body().contains("Paste the article's text"), "an empty article is asked for");

        assertEquals(302, post("/signout", session, "csrf=" + formToken).statusCode());
        assertEquals(302, get(server, "/check", session).statusCode(), "signed out");
    }

    @Test void aReadOnlyServerLetsNoOneSignIn() throws Exception {
        HttpResponse<String> r = get(readOnly, "/signin", null);
        assertTrue(r.body().contains("This server is read-only"), r.body());
        assertFalse(r.body().contains("name=\"token\""), "no token field");
    }
}
