package org.claimgraph.rules;

import java.util.Map;

/**
 * Two claims that arithmetic shows cannot both hold; inserted once per direction. Which one is
 * contradicted is settled later, by which of them evidence backs.
 */
public record Tension(String rule, String claim, String other, String message, Map<String, Double> numbers) {}
