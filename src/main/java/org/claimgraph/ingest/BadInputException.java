package org.claimgraph.ingest;

import java.util.List;

/** Input that cannot be stored: every problem, each naming the file, the claim and the field. */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public BadInputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public BadInputException(String problem) { this(List.of(problem)); }

    public List<String> problems() { return problems; }
}
