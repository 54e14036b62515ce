package org.claimgraph.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Parameters of a named query or search that are unknown, missing or do not resolve; each named with its problems. */
public final class BadParametersException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, List<String>> errors;

    public BadParametersException(String summary, Map<String, List<String>> errors) {
        super(summary + ": " + errors.entrySet().stream().map(e -> e.getKey() + ": " + String.join("; ", e.getValue()))
                .collect(Collectors.joining("; ")));
        this.errors = Map.copyOf(errors);
    }

    /** Problems by parameter name. */
    public Map<String, List<String>> errors() { return errors; }
}
