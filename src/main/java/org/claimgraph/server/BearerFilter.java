package org.claimgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Lets a request through only with "Authorization: Bearer TOKEN": the store endpoint reads and writes everything. */
final class BearerFilter implements Filter {
    private final TokenGuard guard;

    BearerFilter(TokenGuard guard) { this.guard = guard; }

    @Override public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            guard.check((HttpServletRequest) request, "the store");
        } catch (ApiException e) {
            Problems.send((HttpServletRequest) request, (HttpServletResponse) response, e);
            return;
        }
        chain.doFilter(request, response);
    }
}
