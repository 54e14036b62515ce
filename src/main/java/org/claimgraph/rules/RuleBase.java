package org.claimgraph.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;

/**
 * The rules of a folder of .drl files, compiled once per process into a KieBase. Compiling takes seconds:
 * the compiled packages are kept in a cache folder (the store's), keyed by a hash of the rule texts and
 * the Drools and Java versions, and later processes read them instead.
 */
public final class RuleBase {

    /** Where the shipped rules sit inside the jar. */
    static final String CLASSPATH_FOLDER = "claimgraph/rules";

    private final KieBase kieBase;
    private final String version;
    private final List<String> files;
    /** Whether the compiled rules were read from the cache. */
    final boolean fromCache;

    private RuleBase(KieBase kieBase, String version, List<String> files, boolean fromCache) {
        this.kieBase = kieBase;
        this.version = version;
        this.files = List.copyOf(files);
        this.fromCache = fromCache;
    }

    KieBase kieBase() { return kieBase; }

    private org.kie.api.runtime.KieSessionsPool sessions;

    /**
     * A session from this rule base's pool: disposing it resets it for the next batch rather than dropping
     * its node memories (a full check runs thousands of small sessions; the gain is not yet measured apart).
     */
    synchronized org.kie.api.runtime.KieSession newSession() {
        if (sessions == null) sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        return sessions.newKieSession();
    }

    /** A short hash of every rule file's text: which rules produced a verdict. */
    public String version() { return version; }

    public List<String> files() { return files; }

    private static RuleBase shipped;

    /** The rules shipped with the program, compiled once per process. */
    public static RuleBase shipped() { return shipped(null); }

    /** The same, read from or written to {@code cache} (a folder, or null for none). */
    public static synchronized RuleBase shipped(Path cache) {
        if (shipped == null) shipped = compileShipped(cache);
        return shipped;
    }

    /** Some of the shipped rule files alone (by file name, e.g. evidence.drl), compiled now and not cached. */
    public static RuleBase shippedFiles(java.util.Collection<String> files) {
        Map<String, String> all = shippedTexts(), some = new LinkedHashMap<>();
        for (String f : files) {
            if (!all.containsKey(f)) throw new IllegalArgumentException("no shipped rule file " + f + " (there are " + String.join(", ", all.keySet()) + ")");
            some.put(f, all.get(f));
        }
        return compile(some, null, SHIPPED);
    }

    private static RuleBase compileShipped(Path cache) {
        return compile(shippedTexts(), cache, SHIPPED);
    }

    private static Map<String, String> shippedTexts() {
        URL url = RuleBase.class.getClassLoader().getResource(CLASSPATH_FOLDER);
        if (url == null) throw new IllegalStateException("the shipped rules are missing from the class path (" + CLASSPATH_FOLDER + ")");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) return readJar((java.net.JarURLConnection) url.openConnection());
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the shipped rules: " + e.getMessage(), e);
        }
    }

    /**
     * The .drl files in the jar's rule folder, read through the jar the class loader has open (a zip file
     * system would index all the jar's entries first, a third of a second).
     */
    private static Map<String, String> readJar(java.net.JarURLConnection folder) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        var jar = folder.getJarFile();
        String prefix = CLASSPATH_FOLDER + "/";
        for (var e : java.util.Collections.list(jar.entries())) {
            String name = e.getName();
            if (!name.startsWith(prefix) || !name.endsWith(".drl") || name.indexOf('/', prefix.length()) >= 0) continue;
            try (var in = jar.getInputStream(e)) {
                out.put(name.substring(prefix.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (out.isEmpty()) throw new IllegalStateException("no .drl files in the jar's " + CLASSPATH_FOLDER);
        return new LinkedHashMap<>(out);
    }

    /** The rules of a folder, e.g. a newsroom's own copy of rules/. */
    public static RuleBase fromFolder(Path folder) { return fromFolder(folder, null); }

    /** The same, read from or written to {@code cache} (a folder, or null for none). */
    public static RuleBase fromFolder(Path folder, Path cache) {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException("rules folder " + folder + " does not exist");
        try {
            return compile(read(folder), cache, name -> folder.resolve(name).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no .drl files in " + folder);
        return out;
    }

    /** Compiles rule texts by file name; a file that does not compile stops with file, line and message. */
    static RuleBase compile(Map<String, String> drl) { return compile(drl, null, SHIPPED); }

    /** How a shipped rule file is named in a message: as in the source tree. */
    private static final java.util.function.UnaryOperator<String> SHIPPED = name -> "rules/" + name;

    /** The same, read from or written to {@code cache}; {@code where} names a file in a message (its path in a user's folder). */
    private static RuleBase compile(Map<String, String> drl, Path cache, java.util.function.UnaryOperator<String> where) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (var e : drl.entrySet()) {
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        String version = hash.substring(0, 12);
        List<String> files = new ArrayList<>(drl.keySet());
        Path cached = cache == null ? null : cache.resolve("rules-" + cacheKey(drl, sha) + "-java" + Runtime.version().feature() + ".bin");
        KieBase read = cached == null ? null : CompiledRules.read(cached, RuleBase.class.getClassLoader());
        if (read != null) return new RuleBase(read, version, files, true);
        KieBase compiled = build(drl, where);
        if (cached != null) CompiledRules.write(compiled, cached);
        return new RuleBase(compiled, version, files, false);
    }

    /** A class named in full (in an import, a global or a consequence): its bytes go into the cache key. */
    private static final java.util.regex.Pattern IMPORT = java.util.regex.Pattern.compile("\\b((?:[a-z]\\w*\\.)+[A-Z]\\w*(?:\\.[A-Z]\\w*)*)");

    /**
     * The rule texts, the classes they name (compiled rules call into them) and Drools' own package
     * class: when any of these changes, so does the key, and the rules are compiled again.
     */
    private static String cacheKey(Map<String, String> drl, MessageDigest sha) {
        java.util.Set<String> classes = new java.util.TreeSet<>(List.of(org.drools.base.definitions.impl.KnowledgePackageImpl.class.getName()));
        for (String text : drl.values()) {
            var m = IMPORT.matcher(text);
            while (m.find()) classes.add(m.group(1));
        }
        sha.reset();
        for (String text : drl.values()) sha.update(text.getBytes(StandardCharsets.UTF_8));
        ClassLoader loader = RuleBase.class.getClassLoader();
        for (String name : classes) {
            // a nested class (Bounds.Agreement) is found by trying the last dots as $
            String path = name.replace('.', '/');
            for (int i = 0; i < 3; i++) {
                try (var in = loader.getResourceAsStream(path + ".class")) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                        break;
                    }
                } catch (IOException e) {
                    break;
                }
                int dot = path.lastIndexOf('/');
                if (dot < 0) break;
                path = path.substring(0, dot) + "$" + path.substring(dot + 1);
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    }

    private static KieBase build(Map<String, String> drl, java.util.function.UnaryOperator<String> where) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (var e : drl.entrySet()) kfs.write("src/main/resources/rules/" + e.getKey(), e.getValue());
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "?" : m.getPath().replaceFirst("^.*/", "");
            errors.add(where.apply(path) + ", line " + m.getLine() + ": " + m.getText().strip().replaceAll("\\s+", " "));
        }
        if (!errors.isEmpty()) throw new RuleCompileException("a rule file does not compile:\n" + String.join("\n", errors));
        KieContainer kc = ks.newKieContainer(kb.getKieModule().getReleaseId());
        return kc.getKieBase();
    }
}
