package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that cannot be stored: the program's one error for refused input. Every problem names the field
 * it is about by its path in the input (e.g. {@code claims[2].value}, or "" for the input as a whole) and
 * says what is wrong. The CLI maps it to exit code 2, the server to a 400 (409 for a conflict with what
 * is stored) RFC 9457 problem.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of refusal: the input is invalid, or it conflicts with what is stored. */
    public enum Kind { INVALID, CONFLICT }

    /** One problem: the field's path in the input ("" for the whole input) and the message. */
    public record Problem(String field, String message) {}

    private final Kind kind;
    private final transient List<Problem> problems;

    public BadInputException(Kind kind, List<Problem> problems) {
        super(String.join("\n", problems.stream().map(Problem::message).toList()));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    /** Problems about the input as a whole. */
    public BadInputException(List<String> problems) {
        this(Kind.INVALID, problems.stream().map(p -> new Problem("", p)).toList());
    }

    public BadInputException(String problem) { this(List.of(problem)); }

    /** One problem about one field. */
    public static BadInputException field(String field, String message) {
        return new BadInputException(Kind.INVALID, List.of(new Problem(field, message)));
    }

    public Kind kind() { return kind; }

    /** The messages, in order. */
    public List<String> problems() { return problems.stream().map(Problem::message).toList(); }

    /** The problems with their fields. */
    public List<Problem> detailed() { return problems; }

    /** The messages by field path, in order of first appearance ("" for the whole input). */
    public Map<String, List<String>> byField() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Problem p : problems) out.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(p.message());
        return out;
    }
}
