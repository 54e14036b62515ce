package org.claimgraph.vocab;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.measure.IncommensurableException;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.format.MeasurementParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import tech.units.indriya.format.SimpleUnitFormat;

/**
 * Units from real libraries: every ISO 4217 currency from {@link java.util.Currency}, and conversions
 * between physical units computed by Indriya (JSR 385) from each unit's cg:indriyaUnit.
 */
final class Units {
    private Units() {}

    static final String QUDT_CURRENCY = "http://qudt.org/vocab/currency/";

    /** Placeholder currencies that are no money anyone writes about. */
    private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS");
    /** The precious metals ISO 4217 lists (gold, silver, platinum, palladium). */
    private static final Set<String> METALS = Set.of("XAU", "XAG", "XPT", "XPD");

    /**
     * A unit for every currency the platform knows, with its English and Chinese (Simplified and
     * Traditional) names and the symbols that name only it; labels the curated vocabulary already
     * gives are kept.
     */
    static Model currencies(Model curated) {
        Map<String, Set<String>> bySymbol = new HashMap<>();
        for (Locale l : Locale.getAvailableLocales()) {
            if (l.getCountry().isEmpty()) continue;
            try {
                Currency c = Currency.getInstance(l);
                if (c != null) bySymbol.computeIfAbsent(c.getSymbol(l), k -> new HashSet<>()).add(c.getCurrencyCode());
            } catch (IllegalArgumentException e) {
                // a region without a currency of its own
            }
        }
        for (Currency c : Currency.getAvailableCurrencies()) {
            bySymbol.computeIfAbsent(c.getSymbol(Locale.US), k -> new HashSet<>()).add(c.getCurrencyCode());
        }
        Model m = ModelFactory.createDefaultModel();
        for (Currency c : Currency.getAvailableCurrencies()) {
            String code = c.getCurrencyCode();
            if (NOT_MONEY.contains(code)) continue;
            Resource r = m.createResource(CG.UNIT + code);
            Resource known = curated.getResource(CG.UNIT + code);
            String en = c.getDisplayName(Locale.ENGLISH), hans = c.getDisplayName(Locale.SIMPLIFIED_CHINESE),
                    hant = c.getDisplayName(Locale.TRADITIONAL_CHINESE);
            r.addProperty(RDF.type, CG.Unit).addProperty(RDF.type, OWL.NamedIndividual)
                    .addProperty(SKOS.notation, code).addProperty(CG.dimension, CG.term("currency"))
                    .addProperty(SKOS.exactMatch, m.createResource(QUDT_CURRENCY + code))
                    .addProperty(SKOS.altLabel, code, "en");
            if (!hasLabel(known, "en")) r.addProperty(RDFS.label, en, "en");
            else r.addProperty(SKOS.altLabel, en, "en");
            if (!hasLabel(known, "zh")) r.addProperty(RDFS.label, hans, "zh");
            else if (!hans.equals(code)) r.addProperty(SKOS.altLabel, hans, "zh");
            if (!hant.equals(code) && !hant.equals(hans)) r.addProperty(SKOS.altLabel, hant, "zh-Hant");
            // "40 golds" are medals: a metal is priced by the ounce, never counted in the plural
            if (!en.endsWith("s") && !METALS.contains(code)) r.addProperty(SKOS.altLabel, en + "s", "en");
            for (Locale l : new Locale[] {Locale.US, Locale.forLanguageTag("zh-TW"), Locale.forLanguageTag("zh-HK")}) {
                String sym = c.getSymbol(l);
                if (!sym.equals(code) && bySymbol.getOrDefault(sym, Set.of()).size() == 1) r.addProperty(SKOS.altLabel, sym, "en");
            }
        }
        return m;
    }

    private static boolean hasLabel(Resource r, String lang) {
        return r.listProperties(RDFS.label).toList().stream().anyMatch(s -> s.getLanguage().equalsIgnoreCase(lang));
    }

    /**
     * An Indriya unit from its notation, e.g. "GW", "kW·h", "m²*4046.8564224".
     *
     * @throws IllegalArgumentException saying why Indriya cannot read it
     */
    static Unit<?> parse(String notation) {
        // Indriya reads a whole number as an int and overflows past 2^31 without a word
        var whole = java.util.regex.Pattern.compile("(?<![\\d.Ee])\\d{10,}(?![\\d.])").matcher(notation);
        while (whole.find()) {
            if (new java.math.BigInteger(whole.group()).compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new IllegalArgumentException("\"" + notation + "\": write a factor above 2,147,483,647 with an exponent (4.1868E16)");
            }
        }
        try {
            return SimpleUnitFormat.getInstance().parse(notation);
        } catch (MeasurementParseException e) {
            throw new IllegalArgumentException("\"" + notation + "\" is not a unit Indriya reads (write e.g. GW, kW·h, m²*4046.8564224, J*4.1868E16)");
        }
    }

    /** The converter from one unit to another of the same dimension. */
    static UnitConverter converter(Unit<?> from, Unit<?> to, String where) {
        try {
            return from.getConverterToAny(to);
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new IllegalStateException(where + ": " + from + " cannot be converted to " + to);
        }
    }
}
