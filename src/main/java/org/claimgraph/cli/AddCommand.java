package org.claimgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.claimgraph.ClaimGraph;
import org.claimgraph.extract.Extractor;
import org.claimgraph.ingest.InputFiles;
import org.claimgraph.model.Assessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a claim or a piece of evidence (a claim of a cited source): validated, matched against the graph, stored and checked at once.",
        "Exit 3 when likely duplicates were found and nothing was stored (use --force or --link)."})
final class AddCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", paramLabel = "FILE", description = "a claim document (JSON); - reads standard input")
    String file;

    @Option(names = "--document", paramLabel = "ID", description = "the document the claim appears in (an existing id, or a new one with --title …); required unless --file") String document;
    @Option(names = "--title", paramLabel = "TITLE", description = "new document: its title") String title;
    @Option(names = "--publisher", paramLabel = "NAME", description = "new document: its publisher") String publisher;
    @Option(names = "--published", paramLabel = "DATE", description = "new document: 2025-11-03, 2025-11 or 2025 (default: unknown, and its relative periods, such as last year, are refused)") String published;
    @Option(names = "--tier", paramLabel = "TIER", description = "new document: primary, major-press, secondary or anonymous (default: ${DEFAULT-VALUE})", defaultValue = "secondary") String tier;
    @Option(names = "--language", paramLabel = "LANG", description = "new document: its language (default: zh or en, guessed from the title and quote)") String language;
    @Option(names = {"--source-url", "--url"}, paramLabel = "URL", description = "new document: its address") String url;
    @Option(names = "--kind-of-document", paramLabel = "KIND", description = "new document: article, press-release, filing, report, broadcast, social-post, research (default: article)") String docKind;

    @Option(names = "--id", paramLabel = "ID", description = "the claim's id (default: made from the statement)") String id;
    @Option(names = "--quote", paramLabel = "TEXT", description = "the document's words; required unless --file") String quote;
    @Option(names = "--statement", paramLabel = "TEXT", description = "the claim in plain English (default: the quote)") String statement;
    @Option(names = "--claimant", paramLabel = "ENTITY", description = "who asserts it (default: ${DEFAULT-VALUE})", defaultValue = "author") String claimant;
    @Option(names = "--subject", paramLabel = "ENTITY", description = "what the claim is about: an entity id, label or alias of the gazetteer, e.g. \"Riverton\" or \"里弗顿\"") String subject;
    @Option(names = "--object", paramLabel = "ENTITY", description = "the other party, for claims between two entities (a deal, a comparison)") String object;
    @Option(names = "--metric", paramLabel = "METRIC", description = "what is measured: a metric id, label or alias, e.g. population, \"unemployment rate\", 失业率") String metric;
    @Option(names = "--value", paramLabel = "AMOUNT", description = "e.g. \"24 billion USD\", \"240亿美元\", \"12%%\"") String value;
    @Option(names = "--unit", paramLabel = "UNIT", description = "the unit when --value does not carry it: USD, percent, people, GW, 人 … (default: none, which a count, a magnitude or an index needs not)") String unit;
    @Option(names = "--per", paramLabel = "UNIT", description = "the value is a rate per this unit of time, e.g. year (default: none, a total, unless --value writes its rate: \"$2.4 billion a year\")") String per;
    @Option(names = "--basis", paramLabel = "UNIT", description = "the value is for one of this unit of something else than time, e.g. barrel, litre, kWh (default: none, unless --value writes it: \"$80 a barrel\")") String basis;
    @Option(names = "--period", paramLabel = "PERIOD", description = "2025, 2025-H1, 2025-09-22, FY2024, 2026/2030 …") String period;
    @Option(names = "--term", paramLabel = "DURATION", description = "how long a commitment runs, e.g. \"5 years\"") String term;
    @Option(names = "--qualifier", paramLabel = "QUALIFIER", description = "about, more-than, at-least, up-to, estimate, projection, non-binding, opinion … (repeatable)") List<String> qualifiers;
    @Option(names = "--kind", paramLabel = "KIND", description = "statistical, comparative, temporal, attribution, prediction or opinion (default: ${DEFAULT-VALUE})", defaultValue = "statistical") String kind;
    @Option(names = "--said", paramLabel = "WORDS", description = "attributions: the words attributed") String said;
    @Option(names = "--scope", paramLabel = "SCOPE", description = "what the figure covers when narrower than the metric, e.g. \"real terms\", \"regulated fares\" (default: none, or the words around the metric's name: \"maize production\", \"age of first-time buyers\")") String scope;
    @Option(names = "--rank", paramLabel = "N", description = "the subject's place among its rivals on the metric (1: the largest), e.g. 2 for \"the second largest\"") Integer rank;
    @Option(names = "--rank-from", paramLabel = "END", description = "which end --rank counts from: highest (the default) or lowest (\"the lowest\", 最低)") String rankFrom;
    @Option(names = "--rank-over", paramLabel = "WINDOW", description = "makes --rank a record among the subject's own figures over time: \"on record\", \"since 1975\", \"40 years\", 1975/2024, 有记录以来") String rankOver;
    @Option(names = "--note", paramLabel = "TEXT", description = "a note for editors, kept with the claim") String note;
    @Option(names = "--start", paramLabel = "OFFSET", description = "where the quote starts in the document's text (characters from 0); needed when the document has text and the quote is there more than once") Integer start;
    @Option(names = "--end", paramLabel = "OFFSET", description = "where the quote ends in the document's text (exclusive); give it with --start, or neither") Integer end;

    @Option(names = "--author", paramLabel = "NAME", description = "who is adding (recorded with PROV-O; default: no one is recorded)") String author;
    @Option(names = "--reason", paramLabel = "TEXT", description = "why: required to revise an existing claim") String reason;
    @Option(names = "--force", description = "add even when likely duplicates exist") boolean force;
    @Option(names = "--link", paramLabel = "CLAIM", description = "record the new claim as a repeat of this existing one (doc/claim)") String link;

    /** Every command object is made at start-up: Jackson loads only when an add builds its JSON. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Override public Integer call() throws Exception {
        String json, name;
        Path base = Path.of(".");
        if (file != null) {
            name = file.equals("-") ? "stdin" : file;
            json = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : readFile(file);
            if (!file.equals("-")) base = Path.of(file).toAbsolutePath().getParent();
        } else {
            name = "the add flags";
            json = fromFlags();
        }
        Path dir = base;
        PrintWriter w = spec.commandLine().getOut();
        try (ClaimGraph cg = store.open()) {
            var r = cg.add(name, json, rel -> read(dir.resolve(rel)), author, reason, force, link);
            if (!r.similar().isEmpty()) {
                w.println("Similar claims already in the graph:");
                for (var s : r.similar()) {
                    w.printf("  %-44s %-12s (%s) %s%n", s.claim().key(), s.verdict() == null ? "unchecked" : s.verdict(), s.why(), s.claim().statement());
                }
            }
            if (!r.stored()) {
                w.println("Nothing stored: add --force to add it anyway, or --link CLAIM to record it as a repeat of one of these.");
                return 3;
            }
            for (int i = 0; i < r.assessments().size(); i++) {
                Assessment a = r.assessments().get(i);
                w.println(r.changes().get(i).name().toLowerCase(Locale.ROOT) + " " + a.claim() + ": " + a.verdict() + ": " + a.reason());
                if (!a.caveats().isEmpty()) w.println("  caveats: " + String.join("; ", a.caveats()));
            }
            if (r.changed().isEmpty()) w.println("No other verdict changed.");
            else {
                w.println("Verdicts changed by this addition:");
                for (var c : r.changed()) w.println("  " + c.claim() + ": " + (c.from() == null ? "unchecked" : c.from()) + " → " + c.to() + ": " + c.reason());
            }
            w.println("(re-checked " + r.rechecked() + " claims that the addition can touch)");
        }
        return 0;
    }

    /** The claim document --file names, strictly UTF-8; whatever stops it is named, with the flag. */
    private static String readFile(String file) {
        Path p = Path.of(file);
        String notAFile = flagFileProblem("--file", p, "a claim document");
        if (notAFile != null) throw new IllegalArgumentException(notAFile);
        byte[] bytes;
        try (var in = Files.newInputStream(p)) {
            bytes = in.readNBytes((int) InputFiles.MAX_FILE + 1); // a load's limit: a huge file is never read whole
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--file: cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length > InputFiles.MAX_FILE) {
            throw new IllegalArgumentException("--file: " + file + " is larger than the limit of " + InputFiles.MAX_FILE / (1024 * 1024) + " MB");
        }
        try {
            return org.claimgraph.ingest.SiblingFiles.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--file: " + file + " is " + e.getMessage() + ": save the claim document as UTF-8", e);
        }
    }

    /** Why the file a flag names cannot be read ({@code what} it should be), in the flag's words, or null. */
    static String flagFileProblem(String flag, Path p, String what) {
        String why = InputFiles.notAFile(p);
        if (why == null) return null;
        if (Files.isDirectory(p)) return flag + ": " + p + " is a folder, not " + what;
        return Files.exists(p) ? flag + ": " + why + ": " + p : flag + ": no such file " + p;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("no such file " + p.getFileName(), e);
        }
    }

    /** The flags as a claim document, so both ways in share one validation. */
    String fromFlags() throws Exception {
        if (document == null) throw new IllegalArgumentException("--document: missing (the id of the document the claim appears in)");
        if (quote == null) throw new IllegalArgumentException("--quote: missing (the document's words)");
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode d = root.putObject("document").put("id", document);
        if (title != null || publisher != null || published != null || url != null) {
            d.put("title", title).put("publisher", publisher).put("published", published).put("tier", tier)
                    .put("language", language != null ? language : Extractor.guessLanguage(Objects.toString(title, "") + " " + quote));
            if (url != null) d.put("url", url);
            if (docKind != null) d.put("kind", docKind);
        }
        ObjectNode c = root.putArray("claims").addObject();
        String st = statement == null ? quote : statement;
        c.put("id", id != null ? id : slug(st)).put("quote", quote).put("statement", st).put("claimant", claimant).put("kind", kind);
        put(c, "subject", subject); put(c, "object", object); put(c, "metric", metric); put(c, "value", value); put(c, "unit", unit);
        put(c, "per", per); put(c, "basis", basis); put(c, "period", period); put(c, "term", term); put(c, "said", said); put(c, "scope", scope); put(c, "note", note);
        if (rank != null) c.put("rank", rank);
        put(c, "rankFrom", rankFrom); put(c, "rankOver", rankOver);
        if (start != null) c.put("start", start);
        if (end != null) c.put("end", end);
        if (qualifiers != null) qualifiers.forEach(c.putArray("qualifiers")::add);
        return Json.MAPPER.writeValueAsString(root);
    }

    private static void put(ObjectNode n, String field, String v) { if (v != null) n.put(field, v); }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) s = "claim-" + Integer.toHexString(text.hashCode());
        return s.length() > 48 ? s.substring(0, 48).replaceAll("-+$", "") : s;
    }
}
