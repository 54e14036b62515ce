package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Metric;
import org.claimgraph.vocab.Vocabulary;

/**
 * Drafts a claim around each figure: the subject (first gazetteer name of its clause, else of its
 * sentence, else the one the text was last about), the measure (the nearest metric name of the
 * catalogue that fits the unit, "growth" when a change word stands between), the period
 * (periods named in the sentence, else the text's main year) and the claimant (attribution patterns).
 */
final class Drafter {

    /** A name of the gazetteer or the catalogue found in the text. */
    record Mention(int start, int end, String id) {}

    /** A period expression found in the text. */
    record PeriodMention(int start, int end, String kind, Matcher m) {}

    /** What the drafter decided for one figure, with the reasons. */
    record Draft(String subject, String metric, String change, String period, String claimant, String claimantText, boolean projection,
                 boolean estimate, int quoteStart, int quoteEnd, List<String> why, List<String> guessed, String object) {}

    private final Patterns p;
    private final Vocabulary vocab;
    private final String text, simple;
    private final boolean zh;
    private final LocalDate published;
    private final List<int[]> sentences;
    private final List<Mention> entities, metrics;
    private final List<PeriodMention> periods;
    private final String mainYear;
    private final boolean[] wordStart, wordEnd;

    Drafter(Patterns p, Vocabulary vocab, String text, String simple, boolean zh, LocalDate published, List<int[]> sentences,
            List<Figures.Found> figures) {
        this.p = p;
        this.vocab = vocab;
        this.text = text;
        this.simple = simple;
        this.zh = zh;
        this.published = published;
        this.sentences = sentences;
        boolean[][] b = Tokens.boundaries(simple, zh);
        this.wordStart = b[0];
        this.wordEnd = b[1];
        boolean[] figureChars = new boolean[text.length() + 1], amountChars = new boolean[text.length() + 1];
        for (Figures.Found f : figures) {
            for (int i = f.start(); i < f.end(); i++) {
                figureChars[i] = true;
                if (f.kind() != Figures.Kind.DATE) amountChars[i] = true;
            }
        }
        this.entities = mentions(entityNames(), figureChars);
        this.metrics = mentions(metricNames(), figureChars);
        // a date is a figure and a period at once (截至2024年12月底)
        this.periods = periodMentions(amountChars);
        this.mainYear = firstYear();
        int lead = sentences.isEmpty() ? 0 : sentences.get(Math.min(1, sentences.size() - 1))[1];
        PeriodMention sub = null;
        for (PeriodMention pm : periods) if (pm.start() < lead && (pm.kind().equals("quarter") || pm.kind().equals("half"))) { sub = pm; break; }
        this.leadSub = sub;
    }

    /** A quarter or half named in the title or first sentence: what the whole story is about, unless a sentence says otherwise. */
    private final PeriodMention leadSub;

    // ---- names ----

    private Map<String, String> entityNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Entity e : vocab.entities()) {
            List<String> all = new ArrayList<>(e.aliases());
            if (e.labelEn() != null) all.add(e.labelEn());
            if (e.labelZh() != null) all.add(e.labelZh());
            for (String n : all) if (n.strip().length() >= 2) names.putIfAbsent(Chinese.simplified(n.strip()), e.id());
        }
        return names;
    }

    private Map<String, String> metricNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Metric m : vocab.metrics()) {
            List<String> all = new ArrayList<>(m.aliases());
            if (m.labelEn() != null) all.add(m.labelEn());
            if (m.labelZh() != null) all.add(m.labelZh());
            for (String n : all) if (n.strip().length() >= 2) names.putIfAbsent(Chinese.simplified(n.strip()).toLowerCase(Locale.ROOT), m.id());
        }
        // a change word (增长, up, rose) says how a measure moved, it names none
        for (String w : p.growth) names.remove(Chinese.simplified(w).toLowerCase(Locale.ROOT));
        for (String w : p.changeAmount) names.remove(Chinese.simplified(w).toLowerCase(Locale.ROOT));
        return names;
    }

    /** Every occurrence of the names, longest first, not overlapping each other or a figure. */
    private List<Mention> mentions(Map<String, String> names, boolean[] figureChars) {
        List<String> sorted = new ArrayList<>(names.keySet());
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] used = figureChars.clone();
        String lower = simple.toLowerCase(Locale.ROOT);
        List<Mention> out = new ArrayList<>();
        for (String n : sorted) {
            boolean ascii = n.chars().allMatch(c -> c < 128);
            String hay = ascii && n.chars().anyMatch(Character::isUpperCase) ? simple : lower;
            String needle = hay == simple ? n : n.toLowerCase(Locale.ROOT);
            for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
                int e = i + needle.length();
                if (ascii && (asciiWord(at(i - 1)) || asciiWord(at(e)))) continue;
                if (!ascii && needle.length() == 2 && !wordStart[i] && !wordEnd[e]) continue;
                boolean clash = false;
                for (int k = i; k < e; k++) if (used[k]) { clash = true; break; }
                if (clash) continue;
                for (int k = i; k < e; k++) used[k] = true;
                out.add(new Mention(i, e, names.get(n)));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    private static boolean asciiWord(char c) { return c < 128 && Character.isLetterOrDigit(c); }

    private char at(int k) { return k >= 0 && k < simple.length() ? simple.charAt(k) : ' '; }

    // ---- periods ----

    private List<PeriodMention> periodMentions(boolean[] figureChars) {
        boolean[] used = new boolean[text.length() + 1];
        List<PeriodMention> out = new ArrayList<>();
        for (Patterns.PeriodPattern pp : p.periods) {
            Matcher m = pp.re().matcher(simple);
            while (m.find()) {
                if (m.end() == m.start()) continue;
                boolean clash = false;
                for (int k = m.start(); k < m.end(); k++) if (used[k] || figureChars[k] && !pp.kind().equals("base")) { clash = true; break; }
                if (clash) continue;
                for (int k = m.start(); k < m.end(); k++) used[k] = true;
                out.add(new PeriodMention(m.start(), m.end(), pp.kind(), pp.re().matcher(simple).region(m.start(), m.end())));
            }
        }
        out.removeIf(pm -> pm.kind().equals("base") || partOfName(pm));
        for (PeriodMention pm : out) pm.m().lookingAt();
        out.sort(Comparator.comparingInt(PeriodMention::start));
        return out;
    }

    /** "2000年互联网泡沫": a year inside a name of the gazetteer belongs to the name. */
    private boolean partOfName(PeriodMention pm) {
        for (Mention e : entities) {
            if (pm.start() < e.end() && e.start() < pm.end()) return true;
        }
        return false;
    }

    private static boolean yearLike(String kind) {
        return switch (kind) {
            case "year", "fiscal", "fiscalSpan", "span", "relative", "until", "month" -> true;
            default -> false;
        };
    }

    /** The year most of the text is about: the one its periods name most often (the first of equals), else the publication year. */
    private String firstYear() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PeriodMention pm : periods) {
            if (!Set.of("year", "fiscal", "month", "relative").contains(pm.kind())) continue;
            String y = yearLabel(pm);
            if (y != null) counts.merge(y, pm.kind().equals("relative") ? 1 : 2, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        if (best != null) return best;
        return published == null ? null : String.valueOf(published.getYear());
    }

    private String yearLabel(PeriodMention pm) {
        Matcher m = pm.m();
        String g = first(m);
        return switch (pm.kind()) {
            case "year", "until" -> g;
            case "fiscal" -> "FY" + g;
            case "fiscalSpan" -> "FY" + m.group(1) + "/" + m.group(2);
            case "span" -> m.group(1) != null ? m.group(1) + "/" + m.group(2) : m.group(3) + "/" + m.group(4);
            case "month" -> m.group(1) != null ? m.group(1) : m.group(4);
            case "relative" -> {
                Integer off = p.relative.get(m.group().toLowerCase(Locale.ROOT));
                yield off == null || published == null ? null : String.valueOf(published.getYear() + off);
            }
            default -> null;
        };
    }

    private static String first(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) if (m.group(i) != null) return m.group(i);
        return m.group();
    }

    private String subLabel(PeriodMention pm, String year) {
        Matcher m = pm.m();
        String g = first(m);
        switch (pm.kind()) {
            case "quarter" -> {
                Integer n = g.matches("\\d") ? Integer.valueOf(g) : p.ordinals.get(g.toLowerCase(Locale.ROOT));
                return n == null || year == null ? year : year.replaceFirst("/\\d+$", "") + "-Q" + n;
            }
            case "half" -> {
                Integer n = p.ordinals.get(g.toLowerCase(Locale.ROOT));
                return n == null || year == null ? year : year + "-H" + n;
            }
            case "month" -> {
                String y = m.group(1) != null ? m.group(1) : m.group(4);
                int mo = m.group(2) != null ? Integer.parseInt(m.group(2)) : monthNumber(m.group(3));
                return String.format(Locale.ROOT, "%s-%02d", y, mo);
            }
            case "monthOnly" -> {
                // a month without a year is the last such month before publication
                int mo = m.group(1) != null ? Integer.parseInt(m.group(1)) : monthNumber(m.group(2));
                if (mo < 1 || mo > 12) return year;
                if (published != null) return String.format(Locale.ROOT, "%d-%02d", mo <= published.getMonthValue() ? published.getYear() : published.getYear() - 1, mo);
                return year == null || !year.matches("\\d{4}") ? year : String.format(Locale.ROOT, "%s-%02d", year, mo);
            }
            default -> { return year; }
        }
    }

    private static int monthNumber(String name) {
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    private String period(int pos, int[] sentence, int[] clause, List<String> why) {
        String year = null, sub = null;
        PeriodMention subMention = null;
        for (PeriodMention pm : periods) {
            if (pm.start() < sentence[0] || pm.end() > sentence[1]) continue;
            boolean before = pm.end() <= pos, inClauseAfter = pm.start() >= pos && pm.end() <= clause[1];
            if (!before && !inClauseAfter) continue;
            if (yearLike(pm.kind()) && !pm.kind().equals("month")) {
                String y = yearLabel(pm);
                if (y != null && (before || year == null)) year = y;
            }
            if (!yearLike(pm.kind()) || pm.kind().equals("month")) {
                if (before || subMention == null) subMention = pm;
            }
        }
        if (year == null && subMention != null && subMention.kind().equals("month")) year = yearLabel(subMention);
        if (year == null) {
            year = mainYear;
            if (subMention == null && leadSub != null && year != null && year.startsWith("FY")) subMention = leadSub;
            if (year != null) why.add("period: the text's main year " + year);
        } else {
            why.add("period: named in the sentence");
        }
        if (subMention != null) sub = subLabel(subMention, year);
        return sub != null ? sub : year;
    }

    /** "到2029年将烧掉…", "through 2029": a flow up to a year runs from the year of publication (or the text's year) to it. */
    private String cumulative(String period, String metricId, int[] sentence, int pos) {
        if (period == null || !period.matches("\\d{4}") || metricId == null) return period;
        Metric m = vocab.metric(metricId);
        if (m == null || m.type() == null || !m.type().name().equals("FLOW")) return period;
        for (PeriodMention pm : periods) {
            if (pm.kind().equals("until") && pm.start() >= sentence[0] && pm.end() <= pos && period.equals(yearLabel(pm))) {
                String from = published != null ? String.valueOf(published.getYear()) : mainYear;
                return from != null && from.compareTo(period) < 0 ? from + "/" + period : period;
            }
        }
        return period;
    }

    // ---- one figure ----

    Draft draft(Figures.Found f) {
        List<String> why = new ArrayList<>(), guessed = new ArrayList<>();
        int[] sentence = sentenceOf(f.start());
        int[] clause = clauseOf(f.start(), sentence);
        String subject = subject(f, sentence, clause, why);
        if (subject != null && why.get(why.size() - 1).contains("before")) guessed.add("subject");
        int whyBefore = why.size();
        String[] metric = metric(f, sentence, clause, why);
        if (why.subList(whyBefore, why.size()).contains("metric: the measure of the sentence before")) guessed.add("metric");
        String period = period(f.start(), sentence, clause, why);
        period = cumulative(period, metric[0], sentence, f.start());
        if (period != null && why.get(why.size() - 1).startsWith("period: the text's")) guessed.add("period");
        String[] claimant = claimant(sentence, why);
        String s = simple.substring(sentence[0], sentence[1]).toLowerCase(Locale.ROOT);
        boolean projection = p.projection.stream().anyMatch(w -> containsWord(s, Chinese.simplified(w).toLowerCase(Locale.ROOT)));
        boolean estimate = p.estimate.stream().anyMatch(w -> containsWord(s, Chinese.simplified(w).toLowerCase(Locale.ROOT)));
        return new Draft(subject, metric[0], metric[1], period, claimant[0], claimant[1], projection, estimate, clause[0], clause[1], why, guessed, object(f, subject, sentence, clause, why));
    }

    private boolean containsWord(String s, String w) {
        if (w.chars().anyMatch(c -> c > 127)) return s.contains(w);
        return s.matches("(?s).*\\b" + java.util.regex.Pattern.quote(w) + "\\b.*");
    }

    private String lastSubject;

    private String subject(Figures.Found f, int[] sentence, int[] clause, List<String> why) {
        Mention pick = null;
        boolean ratio = "times".equals(f.unit());
        if (!ratio) for (Mention m : entities) if (m.start() >= clause[0] && m.end() <= f.start() && candidate(m, sentence)) { pick = m; break; }
        boolean inClause = pick != null;
        if (pick == null) for (Mention m : entities) if (m.start() >= sentence[0] && m.end() <= f.start() && candidate(m, sentence)) { pick = m; break; }
        if (pick == null) for (Mention m : entities) if (m.start() >= f.end() && m.end() <= clause[1] && candidate(m, sentence)) { pick = m; inClause = true; break; }
        if (pick != null) {
            // a subject outside the figure's own clause is a guess a person confirms ("X is N times Y" names X first)
            why.add("subject: \"" + text.substring(pick.start(), pick.end()) + "\" in the " + (inClause ? "clause" : "sentence, before"));
            lastSubject = pick.id();
            return pick.id();
        }
        if (lastSubject == null) {
            for (Mention m : entities) if (m.start() < sentence[0]) { lastSubject = m.id(); break; }
        }
        if (lastSubject != null) why.add("subject: the one the text was about before");
        return lastSubject;
    }

    /** What a ratio or a share compares with: "X是Y的17倍" names Y in the figure's clause; "占S&P 500的34%" names the whole. */
    private String object(Figures.Found f, String subject, int[] sentence, int[] clause, List<String> why) {
        if (!"times".equals(f.unit()) && !"percent".equals(f.unit())) return null;
        for (Mention m : entities) {
            if (m.start() < clause[0] || m.end() > f.start() || m.id().equals(subject) || speaker(m, sentence)) continue;
            if ("times".equals(f.unit()) || !candidate(m, sentence)) {
                why.add("object: \"" + text.substring(m.start(), m.end()) + "\"");
                return m.id();
            }
        }
        return null;
    }

    /** A name can be the subject unless it speaks (X said) or is the whole a share is taken of (占…的, share of). */
    private boolean candidate(Mention m, int[] sentence) {
        if (speaker(m, sentence)) return false;
        String before = simple.substring(Math.max(sentence[0], m.start() - 12), m.start()).toLowerCase(Locale.ROOT).stripTrailing();
        for (String w : p.wholeBefore) if (before.endsWith(Chinese.simplified(w).toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** A name that is the speaker of an attribution (X said, X表示) is the claimant, not the subject. */
    private boolean speaker(Mention m, int[] sentence) {
        String after = simple.substring(m.end(), Math.min(sentence[1], m.end() + 8)).toLowerCase(Locale.ROOT);
        return after.matches("(?s)^ ?(said|says|told|表示|指出|称|说|认为|透露).*");
    }

    private String[] metric(Figures.Found f, int[] sentence, int[] clause, List<String> why) {
        Mention pick = null;
        for (Mention m : metrics) if (m.start() >= clause[0] && m.end() <= f.start() && fits(m.id(), f.unit())) pick = m;
        if (pick == null) {
            for (Mention m : metrics) if (m.start() >= f.end() && m.end() <= clause[1] && fits(m.id(), f.unit())) { pick = m; break; }
        }
        // else the topic of the sentence: its first measure
        if (pick == null) for (Mention m : metrics) if (m.start() >= sentence[0] && m.end() <= f.start() && fits(m.id(), f.unit())) { pick = m; break; }
        if (pick == null) for (Mention m : metrics) if (m.start() >= f.end() && m.end() <= sentence[1] && fits(m.id(), f.unit())) { pick = m; break; }
        // else the topic of the sentence before
        if (pick == null && lastTopic != null && lastTopicSentence != sentence[0] && fits(lastTopic.id(), f.unit())) {
            pick = lastTopic;
            why.add("metric: the measure of the sentence before");
        }
        if (pick == null) return new String[] {null, null};
        for (Mention m : metrics) if (m.start() >= sentence[0] && m.end() <= sentence[1]) { lastTopic = m; lastTopicSentence = sentence[0]; break; }
        String id = pick.id();
        why.add("metric: \"" + text.substring(pick.start(), pick.end()) + "\"");
        String between = pick.end() <= f.start() && pick.start() >= sentence[0] ? simple.substring(pick.end(), f.start())
                : simple.substring(Math.max(clause[0], f.start() - 12), f.start());
        String after = simple.substring(f.end(), Math.min(sentence[1], f.end() + 14));
        String near = (between + " " + after).toLowerCase(Locale.ROOT);
        Metric m = vocab.metric(id);
        boolean share = m != null && m.dimension() != null && m.dimension().toLowerCase(Locale.ROOT).contains("percent");
        String clauseBefore = simple.substring(clause[0], f.start()).toLowerCase(Locale.ROOT);
        if ("percentage-point".equals(f.unit()) && (cue(clauseBefore, p.growth) || cueStart(after, p.growth))) {
            Metric c = vocab.metric(id + "-change");
            why.add("metric: a change in percentage points");
            return c != null ? new String[] {c.id(), null} : new String[] {id, "change"};
        }
        if ("percent".equals(f.unit()) && !share && (cue(between.toLowerCase(Locale.ROOT), p.growth) || cueStart(after, p.growth))) {
            Metric g = vocab.metric(id + "-growth");
            why.add("metric: a change word beside the percentage");
            return g != null ? new String[] {g.id(), null} : new String[] {id, "growth"};
        }
        if ("percent".equals(f.unit()) && !share && cueEndAny(simple.substring(clause[0], f.start()), p.shareCue)) {
            why.add("metric: a share of \"" + text.substring(pick.start(), pick.end()) + "\"");
            return new String[] {id, "share"};
        }
        if ("percent".equals(f.unit()) && !share) {
            // a percentage of a measure that is no share or rate: another measure of the sentence, or none
            for (Mention o : metrics) {
                Metric om = vocab.metric(o.id());
                if (o.start() >= sentence[0] && o.end() <= sentence[1] && om != null && om.dimension() != null
                        && om.dimension().toLowerCase(Locale.ROOT).contains("percent")) {
                    why.add("metric: \"" + text.substring(o.start(), o.end()) + "\" takes a percentage");
                    return new String[] {o.id(), null};
                }
            }
            why.add("metric: \"" + text.substring(pick.start(), pick.end()) + "\" is no percentage; left to a person");
            return new String[] {null, null};
        }
        if (!"percent".equals(f.unit()) && !"times".equals(f.unit()) && (cueEnd(between, p.changeAmount) || cueStart(after, p.changeAmount))) {
            Metric c = vocab.metric(id + "-change");
            why.add("metric: a change word beside the amount");
            return c != null ? new String[] {c.id(), null} : new String[] {id, "change"};
        }
        if (near.isEmpty()) return new String[] {id, null};
        return new String[] {id, null};
    }

    private Mention lastTopic;
    private int lastTopicSentence = -1;

    /** A cue word right after the figure ("12% more than", "larger than", 的增长). */
    private boolean cueStart(String after, List<String> words) {
        String a = after.toLowerCase(Locale.ROOT).stripLeading();
        for (String w : words) {
            String x = Chinese.simplified(w).toLowerCase(Locale.ROOT);
            if (a.startsWith(x) && (x.chars().anyMatch(c -> c > 127) || a.length() == x.length() || !Character.isLetter(a.charAt(x.length())))) return true;
        }
        return false;
    }

    private boolean cueEndAny(String before, List<String> words) {
        String b = before.toLowerCase(Locale.ROOT);
        for (String w : words) if (b.contains(Chinese.simplified(w).toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** A cue word right before the figure ("增加1.6万亿元", "up 12%"). */
    private boolean cueEnd(String before, List<String> words) {
        String b = before.toLowerCase(Locale.ROOT).stripTrailing();
        for (String w : words) {
            String x = Chinese.simplified(w).toLowerCase(Locale.ROOT);
            if (b.endsWith(x) && (x.chars().anyMatch(c -> c > 127) || b.length() == x.length() || !Character.isLetter(b.charAt(b.length() - x.length() - 1)))) return true;
        }
        return false;
    }

    private boolean cue(String s, List<String> words) {
        for (String w : words) {
            String x = Chinese.simplified(w).toLowerCase(Locale.ROOT);
            if (x.chars().anyMatch(c -> c > 127) ? s.contains(x) : s.matches("(?s).*\\b" + java.util.regex.Pattern.quote(x) + "\\b.*")) return true;
        }
        return false;
    }

    /** A metric fits a figure when its dimension takes the figure's unit (a growth percentage fits any measure). */
    private boolean fits(String metricId, String unit) {
        Metric metric = vocab.metric(metricId);
        if (metric == null || metric.dimension() == null || unit == null) return true;
        String d = metric.dimension().toLowerCase(Locale.ROOT);
        if (unit.equals("percent") || unit.equals("percentage-point") || unit.equals("times")) return true;
        if (unit.matches("[A-Z]{3}")) return d.contains("currency") || d.contains("money");
        if (unit.equals("count")) return d.contains("count") || d.contains("nodimension") || d.contains("people") || d.contains("dimensionless");
        if (unit.equals("GW") || unit.equals("MW") || unit.equals("kW")) return d.contains("power");
        if (unit.endsWith("Wh")) return d.contains("energy");
        if (unit.equals("acre") || unit.equals("ft2") || unit.equals("m2") || unit.equals("km2") || unit.equals("ha")) return d.contains("area");
        return true;
    }

    private String[] claimant(int[] sentence, List<String> why) {
        String s = simple.substring(sentence[0], sentence[1]);
        for (java.util.regex.Pattern a : p.attribution) {
            Matcher m = a.matcher(s);
            if (!m.find()) continue;
            int ws = sentence[0] + m.start("who"), we = sentence[0] + m.end("who");
            String who = text.substring(ws, we).strip();
            for (Mention e : entities) {
                if (e.start() >= ws && e.end() <= we) {
                    why.add("claimant: \"" + who + "\"");
                    return new String[] {e.id(), who};
                }
            }
            String group = p.claimantGroups.get(who);
            if (group != null) return new String[] {group, who};
            if (who.length() >= 2) {
                why.add("claimant: \"" + who + "\" (not in the gazetteer)");
                return new String[] {null, who};
            }
        }
        return new String[] {"author", null};
    }

    // ---- sentences and clauses ----

    private int[] sentenceOf(int pos) {
        for (int[] s : sentences) if (pos >= s[0] && pos < s[1]) return s;
        return new int[] {0, text.length()};
    }

    private int[] clauseOf(int pos, int[] sentence) {
        int s = pos, e = pos;
        while (s > sentence[0] && !clauseBreak(s - 1)) s--;
        while (e < sentence[1] && !clauseBreak(e)) e++;
        return new int[] {s, e};
    }

    private boolean clauseBreak(int i) {
        char c = text.charAt(i);
        if ("，；;：:、".indexOf(c) >= 0) return c != '、';
        return c == ',' && (i + 1 >= text.length() || text.charAt(i + 1) == ' ' || !Character.isDigit(text.charAt(i + 1)));
    }

    /** Sentences of a text: at 。！？!? and newlines, and at a full stop before a space. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = "。！？!?\n".indexOf(c) >= 0 || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (end) {
                if (i + 1 > start && !text.substring(start, i + 1).isBlank()) out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) out.add(new int[] {start, text.length()});
        return out;
    }
}
