package org.claimgraph.rules;

/** A rule file that does not compile: the file, the line and the compiler's message. */
public final class RuleCompileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RuleCompileException(String message) { super(message); }
}
