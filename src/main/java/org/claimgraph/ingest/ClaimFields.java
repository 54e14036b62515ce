package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Claim;
import org.claimgraph.model.CompareOp;
import org.claimgraph.model.Document;
import org.claimgraph.model.Kind;
import org.claimgraph.model.Metric;
import org.claimgraph.model.MetricType;
import org.claimgraph.model.Period;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.RankFrom;
import org.claimgraph.vocab.Amounts;
import org.claimgraph.vocab.Durations;
import org.claimgraph.vocab.Periods;
import org.claimgraph.vocab.RecordWindows;
import org.claimgraph.vocab.Vocabulary;

/** What one claim's fields mean: its quote's span, who and what it is about, its value, period and references. */
final class ClaimFields {
    private static final String COUNT = "count";
    private static final String POINT = "point";
    private static final String PERCENTAGE_POINT = "percentage-point";
    /**
     * The unit a value without one takes when its measure's dimension has only one: a count ("1 million" net migration),
     * a magnitude ("6.8"), an index in points ("-20" consumer confidence), a sound level ("85" is 85 dB).
     */
    private static final java.util.Map<String, String> SOLE_UNIT = java.util.Map.of("Count", COUNT, "NoDimension", "dimensionless",
            "IndexValue", POINT, "SoundLevel", "dB");
    /** The longest term a claim can state, in years. */
    static final int MAX_TERM_YEARS = 1000;
    private static final Pattern TERM = Pattern.compile("(?:about\\s+|约)?(\\d+(?:\\.\\d+)?)\\s*(?:years?|年)?", Pattern.CASE_INSENSITIVE);

    private final Reading r;
    private final Document doc;
    /** How messages name the claim being read: claim "c": */
    private String where;
    /** The measure a money measure's figure in things is of ("sales" of "1.2 million units": unit sales), or null. */
    private String countedAs;

    ClaimFields(Reading reading, Document doc) {
        this.r = reading;
        this.doc = doc;
    }

    /** The claim, or null when it has problems (recorded in the reading). */
    Claim read(JsonNode c, int index) {
        String cid = c.path("id").isTextual() ? c.get("id").asText() : null;
        where = cid == null ? "claim #" + (index + 1) + ": " : "claim \"" + Inputs.shorten(cid) + "\": ";
        int before = r.problems();
        String quote = text(c, "quote"), statement = text(c, "statement");
        Kind kind = Reading.pick(Kind.values(), text(c, "kind"), x -> x.json);
        boolean needsFacts = kind == null || kind.checkable();

        Integer start = integer(c, "start"), end = integer(c, "end");
        // a quote found once in the text needs no span: it is where it is
        if (doc.text() != null && quote != null && start == null && end == null && !c.has("start") && !c.has("end")) {
            int at = doc.text().indexOf(quote);
            if (at >= 0 && !quote.isEmpty() && doc.text().indexOf(quote, at + 1) < 0) {
                start = doc.text().codePointCount(0, at);
                end = start + quote.codePointCount(0, quote.length());
            }
        }
        if (doc.text() != null && quote != null && !r.malformedHere("start") && !r.malformedHere("end")) span(doc.text(), quote, start, end);
        else if (doc.text() == null && (start != null || end != null)) {
            problem("start", "the document has no text to point into (give \"text\" or \"textFile\")");
        }

        String claimant = null;
        String cl = text(c, "claimant");
        if (cl != null) {
            if (Vocabulary.CLAIMANT_GROUPS.contains(cl.toLowerCase(Locale.ROOT))) claimant = cl.toLowerCase(Locale.ROOT);
            else claimant = r.claimant(cl, "claimant", where + "field \"claimant\"", " (or one of " + String.join(", ", Vocabulary.CLAIMANT_GROUPS) + ")");
        }
        String subjectText = text(c, "subject"), objectText = text(c, "object"), metricText = text(c, "metric");
        String subject = subjectText == null ? null : r.entity(subjectText, "subject", where + "field \"subject\"", "");
        String object = objectText == null ? null : r.entity(objectText, "object", where + "field \"object\"", "");
        // "maize production", 城镇失业率, "age of first-time buyers": the catalogue's production, unemployment rate and age,
        // the words around them the scope
        // ("growth in rents", "share of hospital beds" are the measure's growth or share, not it in a scope "share of")
        var scoped = metricText == null || r.vocabulary.metricId(metricText).isPresent() || r.vocabulary.derivedMetric(metricText) != null
                ? null : r.vocabulary.scopedMetric(metricText);
        String metric = metricText == null ? null : r.metric(scoped != null ? scoped.base() : metricText, "metric", where + "field \"metric\"");
        String scope = text(c, "scope") != null || scoped == null ? text(c, "scope") : scoped.scope();
        if (needsFacts && subjectText == null) problem("subject", "missing (who or what the claim is about)");
        if (needsFacts && metricText == null) problem("metric", "missing (what is measured or said)");

        Set<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
        c.path("qualifiers").forEach(q -> {
            Qualifier x = Reading.pick(Qualifier.values(), q.asText(), v -> v.json);
            if (x != null) qualifiers.add(x);
        });

        Period period = null;
        String p = text(c, "period");
        if (p != null) {
            try {
                period = Periods.parse(p, doc.published() == null ? null : doc.published().start(), r.fiscalYear, r.vocabulary.southern(subject));
            } catch (IllegalArgumentException e) { problem("period", e.getMessage()); }
        }
        Double term = null;
        String t = text(c, "term");
        if (t != null) {
            Matcher m = TERM.matcher(t.trim());
            double years = m.matches() ? Double.parseDouble(m.group(1)) : Double.NaN;
            if (!m.matches()) problem("term", "\"" + Inputs.shorten(t) + "\" is not a number of years such as \"5 years\"");
            else if (!(years > 0 && years <= MAX_TERM_YEARS)) problem("term", "\"" + Inputs.shorten(t) + "\" is out of range: more than 0 and at most " + MAX_TERM_YEARS + " years");
            else term = years;
        }
        Integer rank = integer(c, "rank");
        RankFrom rankFrom = Reading.pick(RankFrom.values(), text(c, "rankFrom"), x -> x.json);
        if (rankFrom != null && rank == null && !c.has("rank")) problem("rankFrom", "a rank order without a rank (\"the lowest\" is \"rank\": 1 with \"rankFrom\": \"lowest\")");
        Period rankOver = rankOver(c, rank, p, period);

        String per = null;
        String perText = text(c, "per");
        if (perText != null) {
            per = r.vocabulary.perUnit(perText).orElse(null);
            if (per == null) problem("per", "\"" + perText + "\" is not a unit of time (write per day, per week, per month or per year)");
        }

        countedAs = null;
        Quantity value = quantity(c, metric, qualifiers, per);
        if (countedAs != null) metric = countedAs;
        Metric measure = metric == null ? null : r.vocabulary.metric(metric);
        if (value != null && measure != null && measure.type() == MetricType.COUNT && value.value() < 0) {
            // a count is never below zero: a fall in it is a change, a measure of its own
            problem("value", "\"" + Inputs.shorten(c.path("value").asText()) + "\" is below zero, which a count (" + measure.labelEn()
                    + ") never is; a rise or fall in it is its change: metric \"" + changeMetric(measure.id()) + "\"");
        }
        Claim.Comparison compares = compares(c.get("compares"));
        // a period already refused is told once, not again as a missing date
        Claim.Gap between = gap(c.get("between"), Claim.ownDate(period, doc) == null
                && (period != null || p == null && !r.malformedHere("period")));

        if (r.problems() > before) return null;
        return new Claim(doc.id(), cid, quote, doc.text() != null ? doc.language() : languageOf(quote, doc.language()),
                start, end, statement, claimant, subject, object, metric, value, period, term, rank, rankFrom, rankOver, qualifiers, kind,
                text(c, "said"), scope, text(c, "note"), compares, between);
    }

    /** The window of a record ("rankOver": "since 1975"), resolved against the claim's period; null when none or refused. */
    private Period rankOver(JsonNode c, Integer rank, String periodText, Period period) {
        String over = text(c, "rankOver");
        if (over == null) return null;
        if (rank == null) {
            if (!c.has("rank")) problem("rankOver", "a record window without a rank (\"the lowest since 1975\" is \"rank\": 1, \"rankFrom\": \"lowest\", \"rankOver\": \"since 1975\")");
            return null;
        }
        if (periodText == null) { problem("rankOver", "a record window needs the claim's period, the period of the record's figure"); return null; }
        if (period == null) return null; // the period's own problem is told
        if (!period.bounded()) { problem("rankOver", "a record window needs a period with both ends, not \"" + Inputs.shorten(periodText) + "\""); return null; }
        try {
            return RecordWindows.parse(over, period);
        } catch (IllegalArgumentException e) {
            problem("rankOver", e.getMessage());
            return null;
        }
    }

    private void problem(String field, String what) {
        r.problem(field, where + "field \"" + field + "\": " + what);
    }

    private String text(JsonNode c, String field) { return r.text(c, field, field, where + "field \"" + field + "\""); }

    private Integer integer(JsonNode c, String field) {
        JsonNode v = c.get(field);
        if (v == null || v.isNull() || r.malformedHere(field)) return null;
        if (!v.canConvertToInt()) { problem(field, v + " is too large"); return null; }
        return v.asInt();
    }

    private void span(String text, String quote, Integer start, Integer end) {
        int len = text.codePointCount(0, text.length());
        if (start == null || end == null) {
            int at = text.indexOf(quote);
            String hint = at < 0 ? " (the quote is not in the text)" : text.indexOf(quote, at + 1) >= 0 ? " (the quote is in the text more than once)"
                    : " (the quote is found at " + text.codePointCount(0, at) + "–" + (text.codePointCount(0, at) + quote.codePointCount(0, quote.length())) + ")";
            problem(start == null ? "start" : "end", "missing: the document has text, so the quote needs its span" + hint);
            return;
        }
        if (end < start) { problem("end", end + " is before start " + start); return; }
        if (end > len) { problem("end", end + " is past the end of the text (" + len + " characters)"); return; }
        String there = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        if (!there.equals(quote)) {
            int at = text.indexOf(quote);
            String hint = at < 0 ? "; the quote is not in the text at all"
                    : "; the quote is at " + text.codePointCount(0, at) + "–" + (text.codePointCount(0, at) + quote.codePointCount(0, quote.length()));
            problem("start", "the text at " + start + "–" + end + " is \"" + abbreviate(there) + "\", not the quote" + hint);
        }
    }

    private static final Pattern RATE_AFTER = Pattern.compile(
            "(?iu)(?<figure>.*?\\S)\\s*(?<rate>(?:(?:a|an|per|each|every)\\s+|/\\s*)\\p{L}+|annually|yearly)");
    private static final Pattern SPEED_BEFORE = Pattern.compile("(?<time>时速|時速|每小时|每小時|秒速|每秒)\\s*(?<figure>[^公千米]+?)\\s*(?<length>公里|千米|米|公尺)");
    private static final Pattern RATE_BEFORE = Pattern.compile("(?<rate>每(?:个|個)?(?:[年月周週天日季]|小时|小時))\\s*(?<figure>.+)");

    /** The oil trade's shorthand for barrels a day, read as written out. */
    private static final java.util.Map<String, String> OIL_FLOWS = java.util.Map.of("bpd", "barrels per day", "b/d", "barrels per day",
            "mbpd", "million barrels per day", "mb/d", "million barrels per day", "kbpd", "thousand barrels per day", "kb/d", "thousand barrels per day");
    private static final Pattern OIL_FLOW_AFTER = Pattern.compile("(?iu)(.*?\\d(?:\\s+\\p{L}+)??)\\s*("
            + String.join("|", OIL_FLOWS.keySet().stream().sorted(java.util.Comparator.comparing(String::length).reversed()).toList()) + ")");
    private static final String BASIS_POINT_WORDS = "basis points?|bps?|个基点|個基點|基点|基點";
    private static final Pattern BASIS_POINTS = Pattern.compile("(?iu)" + BASIS_POINT_WORDS);
    private static final Pattern BASIS_POINTS_AFTER = Pattern.compile("(?iu)(.*?\\d)\\s*(?:" + BASIS_POINT_WORDS + ")");

    /** A unit and what it is over: "USD per barrel", "barrels a day", "元/平方米", "$/bbl", 美元每桶. */
    private static final Pattern UNIT_OVER = Pattern.compile("(?iu)(?<unit>.+?)(?:\\s+(?:per|a|an|each)\\s+|\\s*/\\s*|\\s*每(?:个|個)?)(?<over>\\p{L}[\\p{L}²³ ]{0,30}?)\\s*");

    /** What a figure is for: "$80 a barrel", "$0.4 per kWh", "€2/m²"; 每桶80美元, 7.5元每升, 0.6元/千瓦时. */
    private static final Pattern FOR_AFTER = Pattern.compile(
            "(?iu)(?<figure>.*?\\S)(?:\\s+(?:a|an|per|each)\\s+|\\s*/\\s*|\\s*每(?:个|個)?)(?<basis>\\p{L}[\\p{L}²³ ]{0,30}?)\\s*");
    private static final Pattern FOR_BEFORE = Pattern.compile("每(?:个|個)?(?<basis>\\p{IsHan}{1,4}?)\\s*(?<figure>[\\d０-９零〇一二三四五六七八九十两兩百千万萬亿億].*)");

    /** "12,000 cubic metres per second", "60 miles per hour": the rate belongs to a unit's own name, not to the claim. */
    private boolean rateInAUnitsName(String v, String rate) {
        String unit = unitWords(v.strip());
        return unit != null && unit.toLowerCase(Locale.ROOT).contains(rate.strip().toLowerCase(Locale.ROOT)) && r.vocabulary.unitId(unit).isPresent();
    }

    private static final Pattern TRAILING_WORD = Pattern.compile("\\p{L}+$");

    /** "35 µg/m³", "micrograms per cubic metre": a unit whose name holds "/" or "per", not a figure for one of something. */
    private boolean aUnitOfItsOwn(Matcher forUnit, String v) {
        Matcher word = TRAILING_WORD.matcher(forUnit.group("figure"));
        return word.find() && r.vocabulary.unitId(v.substring(word.start())).isPresent();
    }

    private static final Pattern RATE_THEN_BASIS = Pattern.compile("(?iu)(?<figure>.*\\S)\\s+(?:a|an|per|each)\\s+(?<basis>\\p{L}+)");
    private static final Pattern BASIS_AFTER = Pattern.compile("(?iu)(?<figure>.*?\\S)\\s+(?:a|an|per|each)\\s+(?<basis>\\p{L}+)");
    private static final Pattern BASIS_BEFORE = Pattern.compile("(?<basis>每股|人均)\\s*(?<figure>.+)");

    /**
     * The value without a basis the metric's own names give: "$1.25 a share" of earnings per share, "$12,000 per
     * head" of GDP per head, 每股1.2元, 人均8万元; any other "per" stays in the value (and is read or refused there).
     */
    private static String withoutBasis(String v, org.claimgraph.model.Metric m) {
        if (m == null) return v;
        java.util.List<String> names = new java.util.ArrayList<>(m.aliases());
        names.add(m.labelEn());
        names.add(m.labelZh());
        Matcher after = BASIS_AFTER.matcher(v.strip());
        if (after.matches()) {
            String per = "per " + after.group("basis").toLowerCase(Locale.ROOT);
            if (names.stream().anyMatch(n -> n != null && (" " + n.toLowerCase(Locale.ROOT) + " ").contains(" " + per + " "))) return after.group("figure");
        }
        Matcher before = BASIS_BEFORE.matcher(v.strip());
        if (before.matches() && names.stream().anyMatch(n -> n != null && n.contains(before.group("basis")))) return before.group("figure");
        return v;
    }

    private static final Pattern PEOPLE_AFTER = Pattern.compile("(?iu)(?<figure>.*?\\d)\\s*(?<noun>\\p{L}+(?:\\s+\\p{L}+)?)?\\s*(?<per>(?:per\\s|/).+)");
    private static final Pattern PEOPLE_BEFORE = Pattern.compile("(?<per>每[\\d,十百千万萬]+(?:人口|人)?|(?:十|10)[万萬]分之)\\s*(?<figure>\\d[\\d.,]*)\\s*(?<noun>\\p{L}+)?");

    /** The figure and the unit of a rate per so many people written around it, with at most a count's noun between; or null. */
    private String[] perPeople(String v) {
        for (Pattern p : java.util.List.of(PEOPLE_AFTER, PEOPLE_BEFORE)) {
            Matcher m = p.matcher(v);
            if (!m.matches()) continue;
            String per = m.group("per").strip(), noun = m.group("noun");
            boolean ofPeople = r.vocabulary.unitId(per).filter(id -> r.vocabulary.unit(id).dimension().equals("PerCapita")).isPresent();
            if (ofPeople && (noun == null || r.vocabulary.unitId(noun).filter(COUNT::equals).isPresent())) return new String[] {m.group("figure"), per};
        }
        return null;
    }

    private static final Pattern NAME_PER_BEFORE = Pattern.compile("^每[\\d,十百千万萬]+(?:人口|人)?");

    /** The rate per so many people a measure's name says ("hospital beds per 1,000 people", 每千人口床位数): its unit, or null. */
    private String perPeopleOfName(String name) {
        if (name == null) return null;
        java.util.List<String> bases = new java.util.ArrayList<>();
        Matcher before = NAME_PER_BEFORE.matcher(name.strip());
        if (before.find()) bases.add(before.group());
        for (int at = name.indexOf("per "); at >= 0; at = name.indexOf("per ", at + 1)) bases.add(name.substring(at).strip());
        return bases.stream().map(b -> r.vocabulary.unitId(b).orElse(null))
                .filter(id -> id != null && r.vocabulary.unit(id).dimension().equals("PerCapita")).findFirst().orElse(null);
    }

    /** Some units a figure on this measure may take ("per-100000, per-1000, per-capita" for a rate per people); any measure's without one. */
    private String unitsOf(org.claimgraph.model.Metric m) {
        java.util.List<String> ids = m == null || m.dimension().equals("Currency") ? java.util.List.of() : r.vocabulary.units().stream()
                .filter(un -> un.dimension().equals(m.dimension())).map(org.claimgraph.model.Unit::id).sorted().limit(4).toList();
        return ids.isEmpty() ? "USD, percent, GW" : String.join(", ", ids) + " (" + m.id() + " is measured in " + m.dimension() + ")";
    }

    /**
     * The count a money measure is by another name: "sales" in units are unit sales, the measure one of its names
     * after "unit" names when that is a count (and one only); null when none is.
     */
    private String countedTwin(org.claimgraph.model.Metric m) {
        java.util.List<String> names = new java.util.ArrayList<>(m.aliases());
        names.add(m.labelEn());
        var twins = names.stream().map(n -> r.vocabulary.metricId("unit " + n).orElse(null)).filter(java.util.Objects::nonNull)
                .filter(id -> r.vocabulary.metric(id).dimension().equals("Count")).distinct().toList();
        return twins.size() == 1 ? twins.get(0) : null;
    }

    /** The unit a figure can be for by this name (a barrel, a kWh, a person), or null. */
    private String forOne(String name) { return r.vocabulary.basisUnit(name).orElse(null); }

    /** The metric of a measure's change: the catalogue's own, else the one made for the document ({@code Vocabulary.derivedMetric}). */
    private String changeMetric(String measure) {
        var d = r.vocabulary.derivedMetric(measure + "-change");
        return d == null ? measure + "-change" : d.id();
    }

    /** The value read in the document's language; cue words in it ("超過2500萬") join the claim's qualifiers. */
    private Quantity quantity(JsonNode c, String metric, Set<Qualifier> qualifiers, String per) {
        String v = text(c, "value"), u = text(c, "unit");
        if (v == null) {
            if (u != null && !c.has("value")) problem("unit", "a unit without a value");
            return null;
        }
        // a unit written with a magnitude, a rate or what the figure is for ("million barrels per day", "USD per barrel",
        // 元/平方米): the magnitude joins the value, the rest is the claim's per or basis, as if written in the value
        // basis points, in the value or the unit: hundredths of a percentage point
        Matcher bpIn = BASIS_POINTS_AFTER.matcher(v.strip());
        boolean bp = bpIn.matches() && (u == null || BASIS_POINTS.matcher(u.strip()).matches())
                || u != null && BASIS_POINTS.matcher(u.strip()).matches();
        if (bp) {
            if (bpIn.matches()) v = bpIn.group(1);
            u = PERCENTAGE_POINT;
        }
        String unitPer = null, unitBasis = null, givenValue = v, givenUnit = u;
        if (u != null) u = OIL_FLOWS.getOrDefault(u.strip().toLowerCase(Locale.ROOT), u);
        // the same shorthand after the figure ("1.5 million bpd"), when no unit is given apart
        Matcher oil = OIL_FLOW_AFTER.matcher(v.strip());
        if (u == null && oil.matches()) {
            v = oil.group(1);
            u = OIL_FLOWS.get(oil.group(2).toLowerCase(Locale.ROOT));
        }
        if (u != null && r.vocabulary.unitId(u.strip()).isEmpty()) {
            String[] words = u.strip().split("\\s+", 2);
            if (words.length == 2 && Amounts.isMagnitude(words[0], doc.language())) { v = v + " " + words[0]; u = words[1]; }
            Matcher split = UNIT_OVER.matcher(u.strip());
            String left = split.matches() ? split.group("unit").strip() : null;
            if (r.vocabulary.unitId(u.strip()).isEmpty() && left != null && (r.vocabulary.unitId(left).isPresent() || readsWith(v, left))) {
                unitPer = r.vocabulary.perUnit(split.group("over")).orElse(null);
                unitBasis = unitPer == null ? forOne(split.group("over")) : null;
                if (unitPer != null || unitBasis != null) u = left;
            }
            // words the value reads as a unit of its own ("basis points", "cents"): part of the value
            if (r.vocabulary.unitId(u.strip()).isEmpty() && readsWith(v, u)) { v = v + " " + u.strip(); u = null; }
            // none of it read: the unit is told as written
            if (u != null && r.vocabulary.unitId(u.strip()).isEmpty()) { v = givenValue; u = givenUnit; unitPer = null; unitBasis = null; }
        }
        if (unitPer != null) {
            if (per != null && !per.equals(unitPer)) {
                problem("per", "\"" + text(c, "per") + "\" disagrees with the rate in the unit \"" + text(c, "unit") + "\"");
                return null;
            }
            per = unitPer;
        }
        // a speed with its time first (时速350公里, 每秒45米): the speed's unit, not a length a claim gets per hour
        Matcher speed = SPEED_BEFORE.matcher(v.strip());
        if (speed.matches()) v = speed.group("figure") + speed.group("length") + (speed.group("time").endsWith("秒") ? "每秒" : "每小时");
        // a rate written in the value ("$2.4 billion a year", "每年24亿美元") is the claim's per
        Matcher rate = RATE_AFTER.matcher(v.strip());
        if (!rate.matches()) rate = RATE_BEFORE.matcher(v.strip());
        if (rate.matches() && !rateInAUnitsName(v, rate.group("rate"))) {
            String figure = rate.group("figure"), written = r.vocabulary.perUnit(rate.group("rate")).orElse(null);
            if (written != null && per != null && !written.equals(per)) {
                problem("per", "\"" + text(c, "per") + "\" disagrees with the rate in the value \"" + v + "\"");
                return null;
            }
            if (written != null) { per = written; v = figure; }
        }
        v = withoutBasis(v, metric == null ? null : r.vocabulary.metric(metric));
        // a rate per so many people written with the figure ("52.5 cases per 100,000 people", 每10万人52.5例, 52.5/10万):
        // the figure in that unit, the noun of what it counts dropped
        String[] perPeople = u == null ? perPeople(v.strip()) : null;
        if (perPeople != null) { v = perPeople[0]; u = perPeople[1]; }
        // a rate before what the figure is for ("£122 a month per patient"): the claim's per, the rest read as below
        Matcher rateThenBasis = per == null ? RATE_THEN_BASIS.matcher(v.strip()) : null;
        if (rateThenBasis != null && rateThenBasis.matches() && forOne(rateThenBasis.group("basis")) != null) {
            Matcher rated = RATE_AFTER.matcher(rateThenBasis.group("figure"));
            String written = rated.matches() ? r.vocabulary.perUnit(rated.group("rate")).orElse(null) : null;
            if (written != null) { per = written; v = rated.group("figure") + " per " + rateThenBasis.group("basis"); }
        }
        // a figure for one of a unit of something else than time ("a barrel", 每公斤): its basis
        String basis = null;
        Matcher forUnit = FOR_AFTER.matcher(v.strip());
        boolean after = forUnit.matches() && !aUnitOfItsOwn(forUnit, v.strip());
        if (!after) forUnit = FOR_BEFORE.matcher(v.strip());
        if (after || forUnit.matches()) {
            basis = forOne(forUnit.group("basis"));
            if (basis != null) v = forUnit.group("figure");
        }
        if (unitBasis != null) {
            if (basis != null && !basis.equals(unitBasis)) {
                problem("unit", "\"" + text(c, "unit") + "\" disagrees with the value \"" + text(c, "value") + "\"");
                return null;
            }
            basis = unitBasis;
        }
        String basisText = text(c, "basis");
        if (basisText != null) {
            String b = forOne(basisText);
            if (b == null) {
                problem("basis", "\"" + basisText + "\" is not a unit a figure can be for (write barrel, litre, kWh, kg, square metre …; a unit of time is \"per\")");
                return null;
            }
            if (basis != null && !basis.equals(b)) {
                problem("basis", "\"" + basisText + "\" disagrees with the value \"" + text(c, "value") + "\"");
                return null;
            }
            basis = b;
        }
        Amounts.Amount parsed;
        // a clock's time (2:00:35) or one in several units (2小时0分35秒, 1 min 45 s): in the claim's unit of time
        String timeUnit = u == null ? null : r.vocabulary.unitId(u.strip()).filter(Durations::isUnit).orElse(null);
        boolean duration = (u == null || timeUnit != null) && Durations.written(v);
        try {
            parsed = duration ? Durations.read(v, timeUnit, r.settings) : Amounts.read(v, doc.language(), r.settings);
        } catch (IllegalArgumentException e) {
            String bare = u == null || duration ? null : withoutCurrencyLetters(v, r.vocabulary.unitId(u).orElse(null));
            parsed = bare == null ? null : readOrNull(bare, doc.language());
            if (parsed == null) {
                problem("value", e.getMessage());
                return null;
            }
        }
        if (!inRange(parsed.value())) {
            problem("value", "\"" + Inputs.shorten(v) + "\" is out of range (at most " + Inputs.MAX_NUMBER.toPlainString() + " in magnitude)");
            return null;
        }
        String unitId = u == null ? null : r.unit(u, "unit", where + "field \"unit\"");
        if (parsed.unit() != null) {
            String inValue = unitInValue(parsed.unit());
            if (inValue != null && unitId != null && !inValue.equals(unitId) && !(bareYuan(parsed.unit()) && currency(unitId))) {
                problem("unit", "\"" + u + "\" disagrees with the unit in the value \"" + v + "\"");
            }
            if (unitId == null) unitId = inValue;
        }
        if (unitId == null && u == null && parsed.unit() == null) {
            var m = metric == null ? null : r.vocabulary.metric(metric);
            unitId = m == null ? null : m.dimension().equals("PerCapita") ? perPeopleOfName(text(c, "metric")) : SOLE_UNIT.get(m.dimension());
            if (unitId == null) {
                problem("unit", "missing (the value \"" + v + "\" needs a unit, e.g. " + unitsOf(m) + ")");
                return null;
            }
        }
        if (unitId == null) return null;
        if (metric != null) {
            var m = r.vocabulary.metric(metric);
            // "a lead of 5 points", "rose 2 points": points of a share are percentage points
            if (m != null && POINT.equals(unitId) && m.dimension().equals("Percent")) unitId = PERCENTAGE_POINT;
            // "91 points" in a league, "28 points a game": points a team or player scores are a count
            if (m != null && POINT.equals(unitId) && m.dimension().equals("Count")) unitId = COUNT;
            var un = r.vocabulary.unit(unitId);
            // a growth may be written as a multiple ("doubled", 翻倍): the percent it means
            if (m != null && un != null && m.type() != MetricType.STATEMENT && !m.dimension().equals(un.dimension())
                    && !(m.type() == MetricType.RATIO || m.type() == MetricType.EVENT_DATE)
                    && !(m.type() == MetricType.GROWTH && un.dimension().equals("Ratio"))) {
                var growth = un.dimension().equals("Percent") ? r.vocabulary.derivedMetric(metric + "-growth") : null;
                countedAs = un.dimension().equals("Count") && m.dimension().equals("Currency") ? countedTwin(m) : null;
                if (countedAs == null) problem("unit", unitId + " measures " + un.dimension() + ", but " + metric + " is measured in " + m.dimension()
                        + (growth == null ? "" : " (its growth in percent is metric \"" + growth.id() + "\")"));
            }
            // an event's figure is a point in time ("1998", a year); "5/12" or "40%" is no date
            if (m != null && un != null && m.type() == MetricType.EVENT_DATE && !un.dimension().equals("Time")) {
                problem("value", "\"" + Inputs.shorten(v) + "\" is no date, but " + metric + " is the date of an event: give its day in \"period\"");
            }
        }
        // "none" with "about" or "more-than" in the claim's qualifiers: nothing is exact, so the pair says no figure
        if (parsed.nothing() && qualifiers.stream().anyMatch(Amounts.SIZING::contains)) {
            problem("value", Amounts.sizedNothing(Inputs.shorten(v)));
            return null;
        }
        qualifiers.addAll(parsed.qualifiers());
        Quantity q = parsed.qualified(qualifiers, r.settings).quantity(unitId, per);
        // a count keeps the noun it was written with: "people", "人", "jobs"
        String noun = u != null ? u.trim() : parsed.unit() == null ? null : parsed.unit().trim();
        if (basis != null) q = q.withBasis(basis);
        if (bp) q = new Quantity(q.value() / 100, q.unit(), q.low() / 100, q.high() / 100, q.statedAs() + " basis points", q.per());
        return unitId.equals(COUNT) && noun != null && !noun.equalsIgnoreCase(COUNT) ? q.withNoun(noun) : q;
    }

    /**
     * Whether the unit word of a value is 元 alone: the unit of every yuan and dollar written in Chinese
     * (新台幣、港元、人民币), so the claim's "unit" says which; without one it is the renminbi.
     */
    private static boolean bareYuan(String words) { return words.strip().equals("元"); }

    private Amounts.Amount readOrNull(String v, String language) {
        try {
            return Amounts.read(v, language, r.settings);
        } catch (IllegalArgumentException notAFigure) {
            return null;
        }
    }

    private static final Pattern CURRENCY_LETTERS = Pattern.compile("^([A-Za-z]{1,3})\\s?(?=\\d)");

    /**
     * "P20 billion" with the unit PHP, "N5 billion" with NGN, "K50" with ZMW: letters before the number that
     * begin the declared currency's code or are its sign where it is spent say that currency; alone they are
     * ambiguous (P is also the pula's), so only the declared unit lets them be read. Null when they are not.
     */
    private String withoutCurrencyLetters(String v, String unitId) {
        Matcher m = CURRENCY_LETTERS.matcher(v.strip());
        if (unitId == null || !m.find() || !currency(unitId)) return null;
        String letters = m.group(1);
        boolean code = unitId.toUpperCase(Locale.ROOT).startsWith(letters.toUpperCase(Locale.ROOT));
        if (!code) {
            java.util.Currency cur;
            try {
                cur = java.util.Currency.getInstance(unitId.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notIso) {
                return null;
            }
            code = java.util.Arrays.stream(java.util.Locale.getAvailableLocales()).anyMatch(l -> letters.equals(cur.getSymbol(l)));
        }
        return code ? v.strip().substring(m.end()) : null;
    }

    private boolean currency(String unitId) {
        var un = r.vocabulary.unit(unitId);
        return un != null && un.dimension().equalsIgnoreCase("Currency");
    }

    /** Unit words inside a value ("24 billion USD", "240亿美元", "12%"); "billion" words are already consumed. */
    /** Whether the value followed by these words reads as a figure with a unit the vocabulary has ("25" and "basis points"). */
    private boolean readsWith(String v, String words) {
        String unit = unitWords(v + " " + words.strip());
        return unit != null && r.vocabulary.unitId(unit).isPresent();
    }

    /** The unit words a figure leaves once read in the document's language; null when it has none or is no figure. */
    private String unitWords(String figure) {
        Amounts.Amount a = readOrNull(figure, doc.language());
        return a == null ? null : a.unit();
    }

    private String unitInValue(String words) {
        var id = r.vocabulary.unitId(words);
        if (id.isPresent()) return id.get();
        problem("value", "unknown unit \"" + words + "\"" + r.vocabulary.suggestUnit(words));
        return null;
    }

    private Claim.Comparison compares(JsonNode n) {
        if (n == null) return null;
        String w = where + "field \"compares\"";
        CompareOp op = Reading.pick(CompareOp.values(), r.text(n, "op", "compares.op", w + ".op"), x -> x.json);
        String left = r.text(n, "left", "compares.left", w + ".left"), right = r.text(n, "right", "compares.right", w + ".right");
        Double factor = null;
        String f = r.text(n, "factor", "compares.factor", w + ".factor");
        if (f != null) {
            try {
                var a = Amounts.read(f, null);
                if (a.unit() != null) r.problem("compares.factor", w + ".factor: \"" + Inputs.shorten(f) + "\" is not a plain number (such as 17 or 2.5)");
                else factor = a.value();
            } catch (IllegalArgumentException e) {
                r.problem("compares.factor", w + ".factor: " + e.getMessage());
            }
            if (factor != null && !inRange(factor)) { r.problem("compares.factor", w + ".factor: \"" + Inputs.shorten(f) + "\" is out of range"); factor = null; }
        }
        if (op == CompareOp.TIMES && factor == null && f == null) r.problem("compares.factor", w + ".factor: missing (\"times\" needs the factor, e.g. \"17\")");
        if (op == null || left == null || right == null) return null;
        return new Claim.Comparison(op, left.contains("/") ? left : doc.id() + "/" + left, right.contains("/") ? right : doc.id() + "/" + right, factor);
    }

    private Claim.Gap gap(JsonNode n, boolean dateless) {
        if (n == null || !n.isObject()) return null;
        Claim.EventRef from = event(n.get("from"), "between.from");
        if (!n.has("to")) {
            // the time since from: it needs a date of the claim's own to count to
            if (dateless) {
                r.problem("between.to", where + "field \"between\".to: missing, and the claim has no date of its own to count to (a one-day \"period\", or the document's \"published\")");
            }
            return from == null ? null : new Claim.Gap(from, null);
        }
        Claim.EventRef to = event(n.get("to"), "between.to");
        return from == null || to == null ? null : new Claim.Gap(from, to);
    }

    private Claim.EventRef event(JsonNode n, String path) {
        if (n == null || !n.isObject()) return null;
        String w = where + "field \"between\"" + path.substring("between".length());
        String s = r.text(n, "subject", path + ".subject", w + ".subject"), m = r.text(n, "metric", path + ".metric", w + ".metric");
        String o = r.text(n, "object", path + ".object", w + ".object");
        String sid = s == null ? null : r.entity(s, path + ".subject", w + ".subject", "");
        String oid = o == null ? null : r.entity(o, path + ".object", w + ".object", "");
        String mid = m == null ? null : r.metric(m, path + ".metric", w + ".metric");
        return sid == null || mid == null || (o != null && oid == null) ? null : new Claim.EventRef(sid, oid, mid);
    }

    private static boolean inRange(double v) { return Double.isFinite(v) && Math.abs(v) <= Inputs.MAX_NUMBER.doubleValue(); }

    private static String abbreviate(String s) { return s.length() <= 40 ? s : s.substring(0, 37) + "…"; }

    /**
     * A quote without the document's text is in the document's language when its script agrees (a Spanish
     * source's words are Spanish); a quote in Latin letters in a Chinese document is usually a source's own
     * English words, and Chinese characters in a document of another language Chinese.
     */
    static String languageOf(String quote, String docLanguage) {
        if (quote == null) return docLanguage;
        boolean cjk = quote.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        boolean cjkDoc = docLanguage != null && docLanguage.toLowerCase(Locale.ROOT).matches("(zh|ja|ko)(-.*)?");
        if (cjk) return cjkDoc ? docLanguage : "zh";
        return cjkDoc || docLanguage == null || docLanguage.isBlank() ? "en" : docLanguage;
    }
}
