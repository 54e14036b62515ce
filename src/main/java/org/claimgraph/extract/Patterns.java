package org.claimgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.vocab.Vocabulary;

/** The extraction patterns of ontology/extract/*.json: every word list and regex the extractor uses is data. */
final class Patterns {

    /**
     * A unit word and what it means: scale multiplies the value (‰ is a tenth of a percent); a word
     * with a context counts only with one of its words right after it, right before the number or in
     * the text (级 is an earthquake's magnitude in 6.8级地震 or 震级6.8级, a level elsewhere); a word with
     * {@code follows} counts only right after one of those (度 is kWh after 万 or 亿: 310亿度); a word {@code digitsOnly}
     * counts only after a number written in digits (30.3度 is a temperature, 三度 a third time), a word
     * {@code decimalOnly} only after one with a decimal point (1.2日 is a number of days, 12日 a day of the month).
     */
    record UnitWord(String words, String unit, String claimUnit, boolean classifier, boolean duration, double scale,
                    List<String> contextAfter, List<String> contextBefore, List<String> contextText, List<String> follows, boolean digitsOnly,
                    boolean decimalOnly) {
        UnitWord(String words, String unit, String claimUnit, boolean classifier, boolean duration, double scale,
                 List<String> contextAfter, List<String> contextBefore, List<String> contextText) {
            this(words, unit, claimUnit, classifier, duration, scale, contextAfter, contextBefore, contextText, List.of(), false, false);
        }

        boolean needsContext() { return !contextAfter.isEmpty() || !contextBefore.isEmpty() || !contextText.isEmpty(); }
    }

    record PeriodPattern(String kind, Pattern re) {}

    /**
     * Words before a figure that make it a rate (每小时180公里 a speed, 每亩400公斤 a yield, 每十万人口410人 a rate per
     * 100,000): its unit, the rate's unit, claim unit (or null) and what the value is multiplied by.
     */
    record PerWord(String words, String unit, String speed, String claimUnit, double scale) {}

    /** A date regex and its groups (0: none): year, month, month name, day, hour, minute, part of the day (下午). */
    record DatePattern(Pattern re, int y, int m, int mName, int d, boolean end, int h, int min, int ap, boolean roc, int rel) {}

    final List<UnitWord> after = new ArrayList<>();
    final List<UnitWord> before = new ArrayList<>();
    final List<PerWord> perBefore = new ArrayList<>();
    final Map<String, List<String>> currencyHints = new LinkedHashMap<>();
    /** A sign two currencies write (¥) and the words that name each of them in a text. */
    final Map<String, Map<String, List<String>>> signHints = new LinkedHashMap<>();
    /** A capital letter that writes a currency (P: pesos, N: naira), its currency and the words that name its country. */
    record LetterSign(String letter, String unit, List<String> hints) {}
    final List<LetterSign> letterSigns = new ArrayList<>();
    final Set<String> determinerNumerals = new HashSet<>(), determinerClassifiers = new HashSet<>();
    /** Dimensions whose units are also read by the catalogue's names (units.json fromVocabulary). */
    final Set<String> namedDimensions = new HashSet<>();
    final List<Pattern> labels = new ArrayList<>();
    final Set<String> notNames = new HashSet<>(), nameStopwords = new HashSet<>(), belowZeroUnits = new HashSet<>(), belowZeroWordUnits = new HashSet<>();
    final List<String> hypothetical, eventYear, englishNumbers, englishFractions, englishMultiples, englishCountBefore, englishCountAfter, englishPartOfGroup, ratioNouns, notFractions,
            durationPeriodBefore, wholeBefore, shareCue, growth, growthAfter, levelTo, changeAmount, changeBefore, changeEnd, changeEndBy, changeEndNot, fallBefore, fallAfter, projection, futureDay, dayBound, dayOpens, estimate, belowZero, ordinalAfter,
            eventYearNotAfter, moveFrom, moveFromClause, pluralCountNotAfter, pluralCountNot, pluralCountNotBetween, timesCountAfter, timesCountVerbNot;
    final String durationNotAfter;
    final Set<String> headUnits = new HashSet<>();
    final Pattern headGap, shareOfGap, periodAfterGap;
    /** Any word of a clause that forecasts (expects, outlook, 预计), made once: Chinese anywhere, others as whole words. */
    final Pattern outlook;
    final List<String> comparisonBase, comparisonVerbs, continuation, deixisWords, deixisPlaces;
    /** A place national words mean in a text in Traditional characters using one of its words (中國大陸: the text speaks from Taiwan). */
    final Map<String, List<String>> deixisHints = new java.util.LinkedHashMap<>();
    /** Measures of an economy (by family) and the economy each central bank speaks for. */
    final Set<String> economyFamilies = new HashSet<>();
    final Map<String, String> economyOf = new LinkedHashMap<>();
    final boolean carryPeriod, mainMeasure;
    /** The text before a month of a year that makes the month a figure's period (304,919 in February 2024). */
    final Pattern monthOfFigure, monthSpanAfter, daySpan, daySpanAfter, namedDay;
    final List<String> partnerBefore, partnerAfter, importFromBefore, importFromAfter, originAfter;
    final List<String> comparedZh;
    final List<String> periodEndBefore, nameNotAfter, nameNotAfterAny, nameDescribesNext, nameConnectors, nameNotSubject, publisherSuffixesZh, shareWords;
    final ChineseNames.Words chineseNames;
    final Set<String> eventsBeforePlace = new HashSet<>();
    final Map<String, String> unitMeasures = new LinkedHashMap<>(), classifierMeasures = new LinkedHashMap<>(), perShareMeasures = new LinkedHashMap<>();
    final List<String> perShareAfter, respectivelyBefore, respectivelyAfter;
    final String ageMeasure;
    /** Words in a figure that make it an age whatever was measured before ("year-old", 周岁). */
    final List<String> ageWords;
    final Set<String> abbreviations;
    final Map<String, Integer> weekdays = new LinkedHashMap<>(), counts = new LinkedHashMap<>();
    final Map<String, double[]> phraseValues = new LinkedHashMap<>();
    final Map<String, String> phraseUnits = new LinkedHashMap<>();
    final List<Pattern> attribution = new ArrayList<>();
    final Map<String, String> claimantGroups = new LinkedHashMap<>();
    final List<PeriodPattern> periods = new ArrayList<>();
    final Map<String, Integer> relative = new LinkedHashMap<>(), ordinals = new LinkedHashMap<>();
    final List<DatePattern> dates = new ArrayList<>();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Patterns shipped;
    private static final Map<Vocabulary, Patterns> WITH_CURRENCIES = new java.util.WeakHashMap<>();

    /** The patterns shipped in the program, read once. */
    static synchronized Patterns shipped() {
        if (shipped == null) shipped = new Patterns(read("ontology/extract/units.json"), read("ontology/extract/patterns.json"));
        return shipped;
    }

    /**
     * The shipped patterns with every currency of the vocabulary as a unit word: its names after the
     * figure (rupees, 印度卢比, Kenyan shillings, KES), its signs before it (₹, Rs, A$, R, KES): the
     * short list of units.json names only the currencies whose words need more than their names.
     */
    static synchronized Patterns of(Vocabulary vocab) {
        return WITH_CURRENCIES.computeIfAbsent(vocab, v -> {
            Patterns p = new Patterns(read("ontology/extract/units.json"), read("ontology/extract/patterns.json"));
            p.addCurrencies(v.units());
            p.addNamedUnits(v.units());
            return p;
        });
    }

    /** Words that name a currency only in some places and are common words elsewhere ("2% real growth"). */
    private static final Set<String> NOT_CURRENCY_WORDS = Set.of("real", "mark", "franc", "dram", "som", "kip", "lek", "lei", "leu");

    /** ISO 4217 codes of metals and accounting units ("gold" is XAU): no money a figure is counted in. */
    private static final Set<String> NOT_MONEY = Set.of("XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD", "XTS", "XXX");

    /** A unit's labels and other names in the catalogue. */
    private static Set<String> names(org.claimgraph.model.Unit u) {
        Set<String> names = new java.util.LinkedHashSet<>();
        if (u.labelEn() != null) names.add(u.labelEn());
        if (u.labelZh() != null) names.add(u.labelZh());
        names.addAll(u.aliases());
        return names;
    }

    /** The unit words already known, in lower case. */
    private Set<String> knownWords() {
        Set<String> known = new HashSet<>();
        for (UnitWord w : after) known.add(w.words().toLowerCase(java.util.Locale.ROOT));
        for (UnitWord w : before) known.add(w.words().toLowerCase(java.util.Locale.ROOT));
        return known;
    }

    private void addCurrencies(java.util.Collection<org.claimgraph.model.Unit> units) {
        Set<String> known = knownWords();
        for (org.claimgraph.model.Unit u : units) {
            if (!"currency".equalsIgnoreCase(u.dimension()) || !u.id().matches("[A-Z]{3}") || NOT_MONEY.contains(u.id())) continue;
            for (String n : names(u)) {
                if (n.isBlank() || NOT_CURRENCY_WORDS.contains(n.toLowerCase(java.util.Locale.ROOT))) continue;
                boolean sign = !n.chars().allMatch(c -> Character.isLetter(c) || c == ' ') || n.length() <= 3 && !n.equals(n.toLowerCase(java.util.Locale.ROOT));
                if (sign) {
                    // a sign ending in a letter stands apart from the number or touches it ("Rs 5", "Rs.5", "R5bn"); a code
                    // stands apart ("KES 2 billion", not "COP28")
                    List<String> forms = n.equals(u.id()) ? List.of(n + " ")
                            : Character.isLetter(n.charAt(n.length() - 1)) && n.length() > 1 ? List.of(n, n + " ", n + ".", n + ". ") : List.of(n);
                    for (String f : forms) if (known.add(f.toLowerCase(java.util.Locale.ROOT))) before.add(new UnitWord(f, u.id(), null, false, false, 1, List.of(), List.of(), List.of()));
                }
                // names, and codes, after the figure: "5 billion rupees", "300亿印度卢比", "2 million KES"
                if ((!sign || n.equals(u.id())) && n.length() >= 2 && known.add(n.toLowerCase(java.util.Locale.ROOT))) {
                    after.add(new UnitWord(n, u.id(), u.id(), false, false, 1, List.of(), List.of(), List.of()));
                }
            }
        }
        after.sort(Comparator.comparingInt((UnitWord w) -> w.words().length()).reversed());
        before.sort(Comparator.comparingInt((UnitWord w) -> w.words().length()).reversed());
    }

    /**
     * The units of {@link #namedDimensions} as words after a figure ("85 dB", "12 terawatt-hours", "3 ppt", "40 knots",
     * "900万桶"): their ids, labels and other names in the catalogue, where units.json does not already say how to read
     * them, so claim documents and drafts read one list. A name of one letter says too little alone (5 t, 3 h).
     */
    private void addNamedUnits(java.util.Collection<org.claimgraph.model.Unit> units) {
        Set<String> own = new HashSet<>();
        // a catalogue name of a unit the lists read too is reported as they report it (km per hour: km/h, as km/h is)
        Map<String, String> listed = new HashMap<>();
        for (UnitWord w : after) {
            own.add(w.unit());
            if (w.claimUnit() != null && w.scale() == 1 && w.contextAfter().isEmpty() && w.contextBefore().isEmpty() && w.contextText().isEmpty()) {
                listed.putIfAbsent(w.claimUnit(), w.unit());
            }
        }
        Set<String> known = knownWords();
        for (org.claimgraph.model.Unit u : units) {
            if (!namedDimensions.contains(u.dimension())) continue;
            List<String> names = new ArrayList<>(List.of(u.id()));
            names.addAll(names(u));
            for (String n : names) {
                if (n.codePointCount(0, n.length()) < 2 && !chineseMeasureWord(n) || !known.add(n.toLowerCase(java.util.Locale.ROOT))) continue;
                UnitWord w = new UnitWord(n, listed.getOrDefault(u.id(), u.id()), u.id(), false, false, 1, List.of(), List.of(), List.of());
                after.add(w);
                fromCatalogue.add(w);
                if (!own.contains(u.id())) catalogueUnits.add(u.id());
            }
        }
        after.sort(Comparator.comparingInt((UnitWord w) -> w.words().length()).reversed());
    }

    /** Characters that name a unit alone in the catalogue but are common words after a Chinese number too (三方, 一开). */
    private static final Set<String> NOT_MEASURE_WORDS = Set.of("方", "开", "開");

    /** A Chinese character that says its unit after a number (900万桶, 5升), where a letter says too little (5 t, 3 h). */
    private static boolean chineseMeasureWord(String n) {
        return n.length() == 1 && Character.UnicodeScript.of(n.charAt(0)) == Character.UnicodeScript.HAN && !NOT_MEASURE_WORDS.contains(n);
    }

    /** The unit words taken from the catalogue, and the units only they name (no rule of units.json reads them). */
    final Set<UnitWord> fromCatalogue = new HashSet<>();
    final Set<String> catalogueUnits = new HashSet<>();

    private static JsonNode read(String path) {
        try (InputStream in = Patterns.class.getClassLoader().getResourceAsStream("claimgraph/" + path)) {
            if (in == null) throw new IllegalStateException("no " + path + " in the program");
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Patterns(JsonNode units, JsonNode p) {
        for (JsonNode u : units.path("after")) {
            for (JsonNode w : u.path("words")) {
                after.add(new UnitWord(w.asText(), u.path("unit").asText(), u.path("claimUnit").isNull() ? null : u.path("claimUnit").asText(null),
                        u.path("classifier").asBoolean(), u.path("duration").asBoolean(), u.path("scale").asDouble(1),
                        strings(u.path("context").path("after")), strings(u.path("context").path("before")), strings(u.path("context").path("text")),
                        strings(u.path("follows")), u.path("digitsOnly").asBoolean(), u.path("decimalOnly").asBoolean()));
            }
        }
        for (JsonNode u : units.path("before")) {
            for (JsonNode w : u.path("words")) {
                before.add(new UnitWord(w.asText(), u.path("unit").asText(), null, false, false, 1, List.of(), List.of(), List.of()));
            }
        }
        for (JsonNode u : units.path("perBefore")) {
            for (JsonNode w : u.path("words")) perBefore.add(new PerWord(w.asText(), u.path("unit").asText(), u.path("speed").asText(), u.path("claimUnit").asText(null),
                    u.path("scale").asDouble(1)));
        }
        perBefore.sort(Comparator.comparingInt((PerWord w) -> w.words().length()).reversed());
        after.sort(Comparator.comparingInt((UnitWord w) -> w.words().length()).reversed());
        before.sort(Comparator.comparingInt((UnitWord w) -> w.words().length()).reversed());
        units.path("letterSigns").properties().forEach(e -> letterSigns.add(new LetterSign(e.getKey(), e.getValue().path("unit").asText(), strings(e.getValue().path("hints")))));
        units.path("currencyHints").properties().forEach(e -> currencyHints.put(e.getKey(), strings(e.getValue())));
        units.path("signHints").properties().forEach(e -> {
            Map<String, List<String>> byCurrency = new LinkedHashMap<>();
            e.getValue().properties().forEach(c -> byCurrency.put(c.getKey(), strings(c.getValue())));
            signHints.put(e.getKey(), byCurrency);
        });
        determinerNumerals.addAll(strings(units.path("determinerNumerals")));
        namedDimensions.addAll(strings(units.path("fromVocabulary")));
        determinerClassifiers.addAll(strings(units.path("determinerClassifiers")));

        for (String r : strings(p.path("labels").path("regex"))) labels.add(Pattern.compile(r));
        notNames.addAll(strings(p.path("labels").path("notNames")));
        nameStopwords.addAll(strings(p.path("nameStopwords")));
        hypothetical = strings(p.path("hypothetical"));
        eventYear = strings(p.path("eventYear"));
        belowZero = longestFirst(strings(p.path("belowZero").path("words")));
        belowZeroUnits.addAll(strings(p.path("belowZero").path("units")));
        belowZeroWordUnits.addAll(strings(p.path("belowZero").path("wordUnits")));
        englishNumbers = strings(p.path("englishNumbers"));
        englishFractions = strings(p.path("englishFractions"));
        englishMultiples = strings(p.path("englishMultiples"));
        englishCountBefore = strings(p.path("englishCountBefore"));
        englishCountAfter = strings(p.path("englishCountAfter"));
        englishPartOfGroup = strings(p.path("englishPartOfGroup"));
        ratioNouns = strings(p.path("ratioNouns"));
        notFractions = strings(p.path("notFractions"));
        durationPeriodBefore = strings(p.path("durationPeriodBefore"));
        durationNotAfter = p.path("durationNotAfter").asText("");
        ordinalAfter = strings(p.path("ordinalAfter"));
        eventYearNotAfter = strings(p.path("eventYearNotAfter"));
        moveFrom = strings(p.path("moveFrom"));
        moveFromClause = strings(p.path("moveFromClause"));
        timesCountAfter = strings(p.path("timesCountAfter"));
        timesCountVerbNot = strings(p.path("timesCountVerbNot"));
        pluralCountNotAfter = strings(p.path("englishPluralCount").path("notAfter"));
        pluralCountNot = strings(p.path("englishPluralCount").path("not"));
        pluralCountNotBetween = strings(p.path("englishPluralCount").path("notBetween"));
        wholeBefore = strings(p.path("wholeBefore"));
        nameNotAfter = strings(p.path("names").path("notAfter"));
        periodEndBefore = strings(p.path("periodEndBefore"));
        monthOfFigure = Pattern.compile(p.path("monthOfFigure").asText("(?!)"));
        namedDay = Pattern.compile(p.path("namedDay").asText("(?!)"));
        monthSpanAfter = Pattern.compile(p.path("monthSpanAfter").asText("(?!)"));
        daySpan = Pattern.compile(p.path("daySpan").asText("(?!)"));
        daySpanAfter = Pattern.compile(p.path("daySpanAfter").asText("(?!)"));
        partnerBefore = strings(p.path("partner").path("before"));
        partnerAfter = strings(p.path("partner").path("after"));
        importFromBefore = strings(p.path("importFrom").path("before"));
        importFromAfter = strings(p.path("importFrom").path("after"));
        originAfter = strings(p.path("originAfter"));
        comparedZh = strings(p.path("comparedZh"));
        nameConnectors = strings(p.path("names").path("connectors"));
        nameNotSubject = strings(p.path("names").path("notSubject"));
        publisherSuffixesZh = strings(p.path("names").path("zh").path("publisherSuffixes"));
        nameNotAfterAny = strings(p.path("names").path("notAfterAny"));
        nameDescribesNext = strings(p.path("names").path("describesNext"));
        eventsBeforePlace.addAll(strings(p.path("names").path("eventsBeforePlace")));
        JsonNode zh = p.path("names").path("zh");
        chineseNames = new ChineseNames.Words(strings(zh.path("suffixes")), strings(zh.path("placeSuffixes")), zh.path("notAfterSuffix").asText(""), zh.path("stops").asText(""),
                strings(zh.path("stopWords")), strings(zh.path("generic")), strings(zh.path("titles")), strings(zh.path("verbs")),
                zh.path("surnames").asText(""), strings(zh.path("compoundSurnames")), strings(zh.path("wordsNotNames")),
                strings(zh.path("companyCues")), zh.path("numbered").path("ending").asText(""), zh.path("numbered").path("notAfter").asText(""));
        shareWords = strings(p.path("shareWords"));
        p.path("unitMeasures").properties().forEach(e -> unitMeasures.put(e.getKey(), e.getValue().asText()));
        p.path("perShare").path("measures").properties().forEach(e -> perShareMeasures.put(e.getKey(), e.getValue().asText()));
        perShareAfter = strings(p.path("perShare").path("after"));
        respectivelyBefore = strings(p.path("respectively").path("before"));
        respectivelyAfter = strings(p.path("respectively").path("after"));
        p.path("classifierMeasures").properties().forEach(e -> classifierMeasures.put(e.getKey(), e.getValue().asText()));
        ageMeasure = p.path("ageMeasure").asText(null);
        ageWords = strings(p.path("ageWords"));
        abbreviations = Set.copyOf(strings(p.path("abbreviations")));
        shareCue = strings(p.path("share"));
        growth = longestFirst(strings(p.path("growth")));
        changeAmount = longestFirst(strings(p.path("changeAmount")));
        List<String> afterOnly = strings(p.path("changeAfterOnly"));
        changeBefore = changeAmount.stream().filter(w -> !afterOnly.contains(w)).toList();
        growthAfter = longestFirst(strings(p.path("growthAfter")));
        levelTo = strings(p.path("levelTo"));
        changeEnd = longestFirst(strings(p.path("changeEnd").path("words")));
        changeEndBy = strings(p.path("changeEnd").path("by"));
        changeEndNot = strings(p.path("changeEnd").path("not"));
        fallBefore = longestFirst(strings(p.path("fall").path("before")));
        fallAfter = longestFirst(strings(p.path("fall").path("after")));
        headUnits.addAll(strings(p.path("head").path("units")));
        headGap = Pattern.compile(p.path("head").path("gap").asText());
        shareOfGap = Pattern.compile(p.path("shareOfGap").asText());
        projection = strings(p.path("projection"));
        outlook = anyWord(strings(p.path("outlookYear")));
        futureDay = strings(p.path("futureDay"));
        dayBound = strings(p.path("dayBound"));
        dayOpens = strings(p.path("dayOpens"));
        estimate = strings(p.path("estimate"));
        p.path("phrases").properties().forEach(e -> {
            if (e.getKey().startsWith("_")) return;
            phraseValues.put(e.getKey(), new double[] {e.getValue().get(0).asDouble()});
            phraseUnits.put(e.getKey(), e.getValue().get(1).asText());
        });
        for (String r : strings(p.path("attribution").path("regex"))) attribution.add(Pattern.compile(r));
        p.path("attribution").path("groups").properties().forEach(e -> strings(e.getValue()).forEach(w -> claimantGroups.put(w, e.getKey())));
        for (JsonNode r : p.path("periods").path("regex")) periods.add(new PeriodPattern(r.path("kind").asText(), Pattern.compile(r.path("re").asText())));
        p.path("periods").path("relative").properties().forEach(e -> relative.put(e.getKey(), e.getValue().asInt()));
        p.path("periods").path("ordinals").properties().forEach(e -> ordinals.put(e.getKey(), e.getValue().asInt()));
        p.path("periods").path("weekdays").properties().forEach(e -> weekdays.put(e.getKey(), e.getValue().asInt()));
        p.path("periods").path("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
        periodAfterGap = Pattern.compile(p.path("periods").path("afterGap").asText());
        comparisonBase = strings(p.path("periods").path("comparisonBase"));
        comparisonVerbs = strings(p.path("periods").path("comparisonVerbs"));
        continuation = strings(p.path("periods").path("continuation"));
        deixisWords = strings(p.path("deixis").path("words"));
        deixisPlaces = strings(p.path("deixis").path("places"));
        p.path("deixis").path("hints").properties().forEach(e -> deixisHints.put(e.getKey(), strings(e.getValue())));
        economyFamilies.addAll(strings(p.path("economy").path("families")));
        p.path("economy").path("of").properties().forEach(e -> economyOf.put(e.getKey(), e.getValue().asText()));
        carryPeriod = p.path("periods").path("carryOver").asBoolean(true);
        mainMeasure = p.path("mainMeasure").asBoolean(true);
        for (JsonNode r : p.path("dates").path("regex")) {
            dates.add(new DatePattern(Pattern.compile(r.path("re").asText()), r.path("y").asInt(), r.path("m").asInt(), r.path("mName").asInt(),
                    r.path("d").asInt(), r.path("end").asBoolean(), r.path("h").asInt(), r.path("min").asInt(), r.path("ap").asInt(),
                    r.path("roc").asBoolean(), r.path("rel").asInt()));
        }
    }

    /** One pattern for a list of words, in any case: Chinese (simplified) anywhere, others as whole words. */
    private static Pattern anyWord(List<String> words) {
        List<String> alts = new ArrayList<>();
        for (String w : words) {
            String x = Chinese.simplified(w);
            alts.add(x.chars().anyMatch(ch -> ch > 127) ? Pattern.quote(x) : "\\b" + Pattern.quote(x) + "\\b");
        }
        return Pattern.compile(alts.isEmpty() ? "(?!)" : String.join("|", alts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : a) out.add(n.asText());
        return out;
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> s = new ArrayList<>(words);
        s.sort(Comparator.comparingInt(String::length).reversed());
        return s;
    }
}
