package org.claimgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Period;
import org.claimgraph.vocab.Periods;
import org.claimgraph.vocab.Vocabulary;

/**
 * Scores extraction against hand-annotated gold files (NAME.gold.json beside the text they name):
 * a predicted quantity matches a gold one when their spans (code-point offsets) overlap, their units are equal and
 * their values agree within 0.5% (dates and years exactly), one to one. For gold quantities that
 * are claims, the drafted claim's subject, metric and period are compared with the gold words.
 */
public final class Evaluation {

    /** The score of one file. */
    public record FileScore(String file, String language, int gold, int predicted, int matched, int claims, int subjects, int metrics,
                            int periods, List<String> missed, List<String> extra, List<String> wrongClaims) {
        public double recall() { return gold == 0 ? 1 : (double) matched / gold; }
        public double precision() { return predicted == 0 ? 1 : (double) matched / predicted; }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Extractor extractor;
    private final Vocabulary vocab;

    public Evaluation(Extractor extractor, Vocabulary vocab) {
        this.extractor = extractor;
        this.vocab = vocab;
    }

    /** Scores every *.gold.json of dir, in name order. */
    public List<FileScore> run(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + " is not a folder");
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        if (golds.isEmpty()) throw new IllegalArgumentException(dir + " holds no *.gold.json file");
        List<FileScore> out = new ArrayList<>();
        for (Path g : golds) out.add(score(g));
        return out;
    }

    private FileScore score(Path goldFile) throws IOException {
        JsonNode gold;
        try {
            gold = JSON.readTree(goldFile.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(goldFile.getFileName() + ": not JSON: " + e.getMessage());
        }
        String name = gold.path("file").asText(null);
        if (name == null) throw new IllegalArgumentException(goldFile.getFileName() + ": no \"file\" naming its text");
        Path textFile = goldFile.resolveSibling(name);
        if (!Files.isRegularFile(textFile)) throw new IllegalArgumentException(goldFile.getFileName() + ": its text " + name + " is missing");
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        LocalDate published = gold.hasNonNull("published") ? LocalDate.parse(gold.path("published").asText()) : null;
        JsonNode got = extractor.extract(text, gold.path("language").asText(null), published);
        List<JsonNode> pred = new ArrayList<>();
        got.path("quantities").forEach(pred::add);
        List<JsonNode> claims = new ArrayList<>();
        got.path("claims").forEach(claims::add);

        Set<Integer> used = new HashSet<>();
        int matched = 0, claimCount = 0, subjects = 0, metrics = 0, periods = 0;
        List<String> missed = new ArrayList<>(), wrong = new ArrayList<>();
        for (JsonNode g : gold.path("quantities")) {
            int hit = -1;
            for (int i = 0; i < pred.size(); i++) {
                if (!used.contains(i) && matches(g, pred.get(i))) { hit = i; break; }
            }
            JsonNode want = g.path("claim");
            if (!want.isMissingNode()) claimCount++;
            if (hit < 0) {
                missed.add(g.path("text").asText() + "@" + g.path("start").asInt());
                continue;
            }
            used.add(hit);
            matched++;
            if (want.isMissingNode()) continue;
            JsonNode c = null;
            for (JsonNode x : claims) if (x.path("quantity").asInt(-1) == hit) c = x;
            String figure = g.path("text").asText() + "@" + g.path("start").asInt();
            if (c == null) {
                wrong.add(figure + ": no claim drafted (gold: " + field(want, "subject") + ", " + field(want, "metric") + ", " + field(want, "period") + ")");
                continue;
            }
            boolean s = sameSubject(want.path("subject").asText(null), c.path("subject").asText(null));
            String wantMetric = want.path("metric").asText(null), wantSubject = want.path("subject").asText(null);
            boolean m = sameMetric(wantMetric, c.path("metric").asText(null), c.path("change").asText(null))
                    // 国家铁路 + 旅客发送量: the gold's subject holds part of the measure's name (铁路旅客发送量)
                    || wantMetric != null && wantSubject != null
                            && sameMetric(wantSubject + (wantSubject.chars().anyMatch(ch -> ch > 127) ? "" : " ") + wantMetric,
                                    c.path("metric").asText(null), c.path("change").asText(null));
            boolean p = samePeriod(want.path("period").asText(null), c.path("period").asText(null));
            if (s) subjects++;
            if (m) metrics++;
            if (p) periods++;
            List<String> off = new ArrayList<>();
            if (!s) off.add(disagreement("subject", want.path("subject").asText(), c.path("subject").asText("-")));
            if (!m) off.add(disagreement("metric", want.path("metric").asText(),
                    c.path("metric").asText("-") + (c.has("change") ? "+" + c.path("change").asText() : "")));
            if (!p) off.add(disagreement("period", want.path("period").asText(), c.path("period").asText("-")));
            if (!off.isEmpty()) wrong.add(figure + ": " + String.join("; ", off));
        }
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) if (!used.contains(i)) extra.add(pred.get(i).path("text").asText() + "@" + pred.get(i).path("start").asInt());
        return new FileScore(goldFile.getFileName().toString().replace(".gold.json", ""), gold.path("language").asText(),
                gold.path("quantities").size(), pred.size(), matched, claimCount, subjects, metrics, periods, missed, extra, wrong);
    }

    /** "subject: gold 台灣, drafted china": the field, the gold's words and what the drafter wrote ("-": nothing). */
    private static String disagreement(String field, String gold, String drafted) {
        return field + ": gold " + gold + ", drafted " + drafted;
    }

    /** A gold claim field as "subject 台灣" ("subject -" when the gold leaves it out). */
    private static String field(JsonNode claim, String name) {
        return name + " " + claim.path(name).asText("-");
    }

    private static boolean matches(JsonNode g, JsonNode p) {
        if (p.path("start").asInt() >= g.path("end").asInt() || g.path("start").asInt() >= p.path("end").asInt()) return false;
        String gu = g.path("unit").asText(), pu = p.path("unit").asText();
        if (!gu.equals(pu)) return false;
        if (gu.equals("date")) return g.path("value").asText().equals(p.path("value").asText());
        double gv = g.path("value").asDouble(), pv = p.path("value").asDouble();
        if (gu.equals("year")) return gv == pv;
        return Math.abs(gv - pv) <= 0.005 * Math.abs(gv) + 1e-12;
    }

    private static String norm(String s) {
        return s == null ? null : Chinese.simplified(s).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
    }

    private boolean sameSubject(String want, String got) {
        if (want == null) return true;
        if (got == null) return false;
        Entity e = vocab.entity(got);
        Set<String> names = new HashSet<>();
        names.add(norm(got));
        if (e != null) {
            if (e.labelEn() != null) names.add(norm(e.labelEn()));
            if (e.labelZh() != null) names.add(norm(e.labelZh()));
            e.aliases().forEach(a -> names.add(norm(a)));
        }
        if (names.contains(norm(want))) return true;
        // "IAG" for "International Airlines Group": a name and its initials are one subject
        List<String> written = new ArrayList<>(List.of(got));
        if (e != null && e.labelEn() != null) written.add(e.labelEn());
        return written.stream().anyMatch(n -> initialsOf(want, n) || initialsOf(n, want));
    }

    /** Whether {@code initials} (two to six capitals) are the first letters of the capitalised words of {@code name}. */
    static boolean initialsOf(String initials, String name) {
        if (!initials.matches("[A-Z]{2,6}")) return false;
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
        return b.toString().equals(initials);
    }

    // a fall rate (降幅, 跌幅) is a movement of the measure as a rise is; so are the Chinese words for a rise or fall
    // in its unit (外汇储备增加, 产量减少量); English "fall" and "decline" are left out, since rainfall ends with one
    private static final List<String> GROWTH = List.of(" growth", "增长率", "增长", "涨幅", "增幅", "降幅", "跌幅", "升幅");
    private static final List<String> SHARE = List.of("share of ", "占比", "比例", "比重");
    private static final List<String> CHANGE = List.of(" change", " increase", "变化", "变动", "增加额", "减少额", "增加量", "减少量", "增加", "减少", "下降");

    /**
     * The drafted measure is right when the gold words are one of its names, or name it with a
     * scope ("新能源汽车销量" for 销量, "wind capacity added" for capacity added), and both say
     * alike whether the figure is a level or a movement (growth rate or change).
     */
    private boolean sameMetric(String want, String got, String change) {
        if (want == null) return true;
        if (got == null) return false;
        Set<String> names = metricNames(got);
        String w = norm(want);
        if (change == null && names.contains(w)) return true;
        String wantKind = "level", base = w;
        for (String g : GROWTH) if (w.endsWith(g.strip()) && w.length() > g.strip().length()) { wantKind = "growth"; base = w.substring(0, w.length() - g.strip().length()).strip(); }
        for (String g : CHANGE) if (w.endsWith(g.strip()) && w.length() > g.strip().length()) { wantKind = "change"; base = w.substring(0, w.length() - g.strip().length()).strip(); }
        for (String g : SHARE) {
            if (w.endsWith(g) && w.length() > g.length()) { wantKind = "share"; base = w.substring(0, w.length() - g.length()).strip(); }
            if (w.startsWith(g) && w.length() > g.length()) { wantKind = "share"; base = w.substring(g.length()).strip(); }
        }
        String gotKind = change != null ? change : got.endsWith("-growth") ? "growth" : got.endsWith("-change") ? "change" : "level";
        if (wantKind.equals("share") || gotKind.equals("share")) {
            String b = base;
            return wantKind.equals(gotKind) && names.stream().anyMatch(n -> n.length() >= 2 && b.contains(n));
        }
        // a growth rate and a change are both a movement of the measure; the unit tells which
        if (wantKind.equals("level") != gotKind.equals("level")) return false;
        String wanted = base, whole = w;
        return names.stream().anyMatch(n -> n.length() >= 2 && (wanted.contains(n) || whole.contains(n)));
    }

    private Set<String> metricNames(String id) {
        Set<String> names = new HashSet<>();
        names.add(norm(id));
        vocab.metricNamesOf(id).forEach(n -> names.add(norm(n)));
        return names;
    }

    /** The same label, or two labels naming the same days (2019-H1 and 2019-01/2019-06). */
    static boolean samePeriod(String want, String got) {
        if (want == null || want.equals(got)) return true;
        if (got == null) return false;
        try {
            Period w = Periods.parse(want), g = Periods.parse(got);
            return w.bounded() && g.bounded() && w.start().equals(g.start()) && w.end().equals(g.end());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The per-file table with totals by language and overall. */
    public static String table(List<FileScore> scores) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-32s %4s %5s %5s %7s %9s %7s %7s %7s %7s%n", "file", "lang", "gold", "found", "recall", "precision",
                "claims", "subject", "metric", "period"));
        for (FileScore s : scores) row(b, s.file(), s.language(), List.of(s));
        for (String lang : List.of("en", "zh")) {
            List<FileScore> l = scores.stream().filter(s -> s.language().equals(lang)).toList();
            if (!l.isEmpty() && l.size() < scores.size()) row(b, "total " + lang, lang, l);
        }
        row(b, "total", "", scores);
        return b.toString();
    }

    private static void row(StringBuilder b, String name, String lang, List<FileScore> l) {
        int gold = 0, pred = 0, match = 0, claims = 0, sub = 0, met = 0, per = 0;
        for (FileScore s : l) {
            gold += s.gold();
            pred += s.predicted();
            match += s.matched();
            claims += s.claims();
            sub += s.subjects();
            met += s.metrics();
            per += s.periods();
        }
        b.append(String.format(Locale.ROOT, "%-32s %4s %5d %5d %6.1f%% %8.1f%% %7d %6.1f%% %6.1f%% %6.1f%%%n", name, lang, gold, pred,
                pct(match, gold), pct(match, pred), claims, pct(sub, claims), pct(met, claims), pct(per, claims)));
    }

    private static double pct(int a, int b) { return b == 0 ? 100 : 100.0 * a / b; }
}
