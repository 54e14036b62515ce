package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.claimgraph.ClaimGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request refused before its body is read: the server drops the connection, and says so in the answer
 * (Connection: close), so a client that keeps connections open does not send its next request into a
 * closed one. Raw sockets, to see the headers and the connection as a client does.
 */
class RefusedBodiesTest {

    static final String TOKEN = "refused-bodies-token";

    @TempDir static Path dir;
    static ClaimGraph cg;
    static ClaimServer server;

    @BeforeAll static void start() {
        cg = ClaimGraph.open("tdb2", dir.resolve("store"), null);
        server = ClaimServer.start(cg, new ClaimServer.Settings("127.0.0.1", 0, 10_000, 10_000, 20_000, TOKEN));
    }

    @AfterAll static void stop() {
        if (server != null) server.close();
        if (cg != null) cg.close();
    }

    /** The status line and headers of one answer (lower-cased), its body skipped by its length. */
    record Answer(String head) {
        boolean says(String header) { return head.contains("\r\n" + header.toLowerCase(Locale.ROOT)); }
    }

    static Answer exchange(Socket s, String method, String path, byte[] body, boolean token) throws IOException {
        OutputStream out = s.getOutputStream();
        String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                + (token ? "Authorization: Bearer " + TOKEN + "\r\n" : "") + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        try {
            out.write(body);
            out.flush();
        } catch (IOException e) {
            // the server may stop reading a body it refused; its answer is still there to read
        }
        InputStream in = s.getInputStream();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        while (!got.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new IOException("the connection closed before an answer: " + got);
            got.write(b);
        }
        String h = got.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int length = Integer.parseInt(h.replaceAll("(?s).*\r\ncontent-length: *(\\d+).*", "$1"));
        in.readNBytes(length);
        return new Answer(h);
    }

    /** Whether the server closed the connection: the next read gives end of stream (or a reset) within the timeout. */
    static boolean closed(Socket s) throws IOException {
        s.setSoTimeout(5_000);
        try {
            return s.getInputStream().read() < 0;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    static Socket connect() throws IOException {
        URI u = URI.create(server.url());
        Socket s = new Socket(u.getHost(), u.getPort());
        s.setSoTimeout(30_000);
        return s;
    }

    @Test void aBodyOverTheLimitIsRefusedAndTheConnectionSaidToClose() throws Exception {
        try (Socket s = connect()) {
            Answer a = exchange(s, "POST", "/api/claims", new byte[ApiServlet.MAX_BODY + 4096], true);
            assertTrue(a.head().startsWith("http/1.1 413"), a.head());
            assertTrue(a.says("connection: close"), a.head());
            assertTrue(closed(s));
        }
    }

    @Test void aClientStillSendingAFarLargerBodyGetsItsAnswerNotAReset() throws Exception {
        try (Socket s = connect()) {
            byte[] body = new byte[ApiServlet.MAX_BODY + 8 * 1024 * 1024];
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/claims HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nAuthorization: Bearer " + TOKEN + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body); // throws if the server closed the connection while the body was still coming
            out.flush();
            byte[] status = s.getInputStream().readNBytes(12);
            assertEquals("HTTP/1.1 413", new String(status, StandardCharsets.US_ASCII));
        }
    }

    @Test void aWriteWithoutTheTokenIsRefusedUnreadAndTheConnectionSaidToClose() throws Exception {
        try (Socket s = connect()) {
            Answer a = exchange(s, "POST", "/api/claims", new byte[600_000], false);
            assertTrue(a.head().startsWith("http/1.1 401"), a.head());
            assertTrue(a.says("connection: close"), a.head());
        }
    }

    @Test void aBodyReadAndRefusedKeepsTheConnection() throws Exception {
        try (Socket s = connect()) {
            Answer bad = exchange(s, "POST", "/api/claims", "{".getBytes(StandardCharsets.UTF_8), true);
            assertTrue(bad.head().startsWith("http/1.1 400"), bad.head());
            assertFalse(bad.says("connection: close"), bad.head());
            Answer next = exchange(s, "GET", "/api/claims?limit=1", new byte[0], false);
            assertEquals("http/1.1 200 ok", next.head().lines().findFirst().orElse(""), next.head());
        }
    }
}
