package org.claimgraph.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
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

/** The rules of a folder of .drl files, compiled once per process into a KieBase. */
public final class RuleBase {

    /** Where the shipped rules sit inside the jar. */
    static final String CLASSPATH_FOLDER = "claimgraph/rules";

    private final KieBase kieBase;
    private final String version;
    private final List<String> files;

    private RuleBase(KieBase kieBase, String version, List<String> files) {
        this.kieBase = kieBase;
        this.version = version;
        this.files = List.copyOf(files);
    }

    KieBase kieBase() { return kieBase; }

    /** A short hash of every rule file's text: which rules produced a verdict. */
    public String version() { return version; }

    public List<String> files() { return files; }

    private static RuleBase shipped;

    /** The rules shipped with the program, compiled once per process. */
    public static synchronized RuleBase shipped() {
        if (shipped == null) shipped = compileShipped();
        return shipped;
    }

    private static RuleBase compileShipped() {
        URL url = RuleBase.class.getClassLoader().getResource(CLASSPATH_FOLDER);
        if (url == null) throw new IllegalStateException("the shipped rules are missing from the class path (" + CLASSPATH_FOLDER + ")");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return compile(read(fs.getPath("/" + CLASSPATH_FOLDER)));
                }
            }
            return compile(read(Path.of(uri)));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the shipped rules: " + e.getMessage(), e);
        }
    }

    /** The rules of a folder, e.g. a newsroom's own copy of rules/. */
    public static RuleBase fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException("rules folder " + folder + " does not exist");
        try {
            return compile(read(folder));
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
    static RuleBase compile(Map<String, String> drl) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (var e : drl.entrySet()) {
            kfs.write("src/main/resources/rules/" + e.getKey(), e.getValue());
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "?" : m.getPath().replaceFirst("^.*/", "");
            errors.add("rules/" + path + ", line " + m.getLine() + ": " + m.getText().strip().replaceAll("\\s+", " "));
        }
        if (!errors.isEmpty()) throw new RuleCompileException("a rule file does not compile:\n" + String.join("\n", errors));
        KieContainer kc = ks.newKieContainer(kb.getKieModule().getReleaseId());
        String version = HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        return new RuleBase(kc.getKieBase(), version, new ArrayList<>(drl.keySet()));
    }
}
