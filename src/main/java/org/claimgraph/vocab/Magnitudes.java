package org.claimgraph.vocab;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Magnitude words after a number ("million", "millones", "Mrd.", "bn", "k"): the factor they
 * stand for in the document's language. "billion" is 10^9 in English and Brazilian Portuguese but
 * 10^12 as "billón", "billion" (fr, de), "bilione" and European Portuguese "bilião".
 */
final class Magnitudes {
    private Magnitudes() {}

    private static final BigDecimal E3 = new BigDecimal("1e3"), E5 = new BigDecimal("1e5"), E6 = new BigDecimal("1e6"),
            E7 = new BigDecimal("1e7"), E9 = new BigDecimal("1e9"), E12 = new BigDecimal("1e12");

    /** Spelled out, in any language; singular and plural. */
    private static final Map<String, BigDecimal> WORDS = Map.ofEntries(
            Map.entry("thousand", E3), Map.entry("thousands", E3), Map.entry("million", E6), Map.entry("millions", E6),
            Map.entry("billion", E9), Map.entry("billions", E9), Map.entry("trillion", E12), Map.entry("trillions", E12),
            Map.entry("lakh", E5), Map.entry("lakhs", E5), Map.entry("crore", E7), Map.entry("crores", E7),
            // es / pt / fr / it / de
            Map.entry("mil", E3), Map.entry("millón", E6), Map.entry("millon", E6), Map.entry("millones", E6),
            Map.entry("millardo", E9), Map.entry("millardos", E9), Map.entry("billón", E12), Map.entry("billones", E12),
            Map.entry("milhão", E6), Map.entry("milhões", E6), Map.entry("milhao", E6), Map.entry("milhoes", E6),
            Map.entry("bilhão", E9), Map.entry("bilhões", E9), Map.entry("bilião", E12), Map.entry("biliões", E12),
            Map.entry("mille", E3), Map.entry("milliard", E9), Map.entry("milliards", E9),
            Map.entry("mila", E3), Map.entry("milione", E6), Map.entry("milioni", E6), Map.entry("miliardo", E9),
            Map.entry("miliardi", E9), Map.entry("bilione", E12), Map.entry("bilioni", E12),
            Map.entry("tausend", E3), Map.entry("millionen", E6), Map.entry("milliarde", E9), Map.entry("milliarden", E9),
            Map.entry("billionen", E12));

    /** Abbreviations, case-insensitive, written with or without a space ("$3.5bn", "40 Mio."). */
    private static final Map<String, BigDecimal> SHORT = Map.ofEntries(
            Map.entry("k", E3), Map.entry("m", E6), Map.entry("mn", E6), Map.entry("mln", E6), Map.entry("mio", E6),
            Map.entry("mio.", E6), Map.entry("b", E9), Map.entry("bn", E9), Map.entry("bln", E9), Map.entry("mrd", E9),
            Map.entry("mrd.", E9), Map.entry("md", E9), Map.entry("mds", E9), Map.entry("t", E12), Map.entry("tn", E12),
            Map.entry("tr", E12), Map.entry("trn", E12));

    /** The factor of a spelled-out magnitude word, or null. */
    static BigDecimal word(String w, String lang) {
        String l = w.toLowerCase(Locale.ROOT);
        if ((l.equals("billion") || l.equals("billions")) && !english(lang)) return E12;
        if (l.equals("mil") && english(lang)) return null; // "mil" is not an English word for a thousand
        return WORDS.get(l);
    }

    /** The factor of an abbreviation ("bn", "M", "Mrd."), or null. */
    static BigDecimal abbreviation(String w) { return SHORT.get(w.toLowerCase(Locale.ROOT)); }

    private static boolean english(String lang) {
        if (lang == null) return true;
        String l = lang.toLowerCase(Locale.ROOT);
        return !(l.startsWith("fr") || l.startsWith("de") || l.startsWith("es") || l.startsWith("it") || l.startsWith("nl")
                || l.startsWith("pt-pt"));
    }
}
