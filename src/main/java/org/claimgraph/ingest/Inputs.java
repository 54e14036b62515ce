package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The input rules every reader applies (README "Input rules"): characters, lengths, numbers, addresses. */
public final class Inputs {
    private Inputs() {}

    /** The largest magnitude a number may have (a quintillion). */
    public static final BigDecimal MAX_NUMBER = new BigDecimal("1e18");
    /** The longest text field other than a document's text. */
    public static final int MAX_TEXT = 10_000;
    /** The longest address. */
    public static final int MAX_URL = 2_000;

    /**
     * Why a text cannot be stored, or null: control characters (other than tab and line breaks) and
     * lone surrogates are refused.
     */
    public static String characterProblem(String s, boolean longText) {
        boolean visible = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) { i++; visible = true; continue; }
            visible |= !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT;
            if (Character.isSurrogate(c)) return "a lone surrogate (U+" + hex(c) + ") at character " + (i + 1) + " is not text";
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            if (control) return "the control character U+" + hex(c) + " at character " + (i + 1) + " is not allowed";
            if (c == '\uFFFE' || c == '\uFFFF') return "the non-character U+" + hex(c) + " at character " + (i + 1) + " is not allowed";
        }
        // only spaces and format characters (U+200B, U+202E, U+FEFF …): it would show as nothing, or reorder what follows it
        if (!s.isEmpty() && !visible) return "it has only invisible characters (spaces and format characters such as U+" + hex(s.charAt(0)) + ")";
        return null;
    }

    /** Why an address cannot be stored, or null: it must be an absolute http(s) IRI with a host. */
    public static String urlProblem(String url) {
        if (url.length() > MAX_URL) return "longer than " + MAX_URL + " characters";
        String chars = characterProblem(url, false);
        if (chars != null) return chars;
        // invisible in an address bar, and U+202E reverses what follows it: an address shows what it is
        for (int i = 0; i < url.length(); i++) {
            if (Character.getType(url.charAt(i)) == Character.FORMAT) return "the format character U+" + hex(url.charAt(i)) + " at character " + (i + 1) + " is not allowed (percent-encode it)";
        }
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return "\"" + shorten(url) + "\" is not an http(s) address";
            if (u.getHost() == null || u.getHost().isEmpty()) return "\"" + shorten(url) + "\" has no host name";
            if (u.getPort() > 65535) return "\"" + shorten(url) + "\" has a port past 65535";
            return null;
        } catch (URISyntaxException e) {
            return "\"" + shorten(url) + "\" is not a valid address: " + e.getReason() + " at character " + (e.getIndex() + 1);
        }
    }

    /** A value as messages quote it: long ones cut to 60 characters. */
    public static String shorten(String s) {
        if (s == null) return "";
        return s.length() <= 60 ? s : s.substring(0, 57) + "… (" + s.length() + " characters)";
    }

    /** What a JSON value is, for "must be text, not …". */
    static String kind(JsonNode v) {
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "true/false";
        if (v.isArray()) return "a list";
        if (v.isObject()) return "an object";
        if (v.isTextual()) return "text";
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String hex(char c) { return String.format("%04X", (int) c); }
}
