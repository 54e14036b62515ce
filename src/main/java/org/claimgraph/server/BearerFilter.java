package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** Lets a request through only with "Authorization: Bearer TOKEN": the store endpoint reads and writes everything. */
final class BearerFilter implements Filter {
    private final byte[] token;

    BearerFilter(String token) { this.token = token.getBytes(StandardCharsets.UTF_8); }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String h = ((HttpServletRequest) request).getHeader("Authorization");
        if (h != null && h.startsWith("Bearer ") && MessageDigest.isEqual(token, h.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        Problems.send((HttpServletResponse) response, 401, "the store needs the header \"Authorization: Bearer <token>\"", Map.of());
    }
}
