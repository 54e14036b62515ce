package org.claimgraph.cli;

import java.io.PrintWriter;
import org.claimgraph.ingest.BadInputException;
import org.claimgraph.rules.RuleCompileException;
import org.claimgraph.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The claimgraph command: subcommands over the application, no logic of its own. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, version = "claimgraph 0.1.0",
        description = "A rule-based fact checker and knowledge graph for newsrooms.")
public final class Main implements Runnable {

    /** The commands, in the order the help lists them. */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(DemoCommand.class, LoadCommand.class, CheckCommand.class,
            QueryCommand.class, ReportCommand.class, ExportCommand.class, AddCommand.class, ShowCommand.class, RetractCommand.class,
            SearchCommand.class, ServeCommand.class, BenchCommand.class, EvalCommand.class, ExtractCommand.class, EvalExtractCommand.class);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { throw new CommandLine.ParameterException(spec.commandLine(), "name a command"); }

    private static volatile Thread jenaInit;

    private static void awaitJena() {
        Thread t = jenaInit;
        if (t == null) return;
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Commands that cut Chinese text into words (a query, a claim's similar claims, an article) soon after they start. */
    private static final java.util.Set<String> WORDS_FIRST = java.util.Set.of("search", "add", "extract");

    /** Cuts one Chinese word, which makes smartcn load its dictionaries; the command's own first cut then finds them loaded. */
    private static void loadChineseWords() {
        try (var analyzer = new org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer();
                var tokens = analyzer.tokenStream("text", "中文")) {
            tokens.reset();
            while (tokens.incrementToken()) { /* the words themselves are not needed */ }
            tokens.end();
        } catch (java.io.IOException | RuntimeException e) {
            // the command's own first cut meets the same problem and reports it
        }
    }

    public static void main(String[] args) {
        // Jena takes most of a command's start-up: begin it on another core while the command line is parsed
        boolean trivial = args.length == 0 || java.util.Arrays.stream(args).anyMatch(a -> a.equals("--version") || a.equals("--help") || a.equals("-h") || a.equals("-V"));
        if (!trivial) {
            Thread init = new Thread(org.apache.jena.sys.JenaSystem::init, "jena-init");
            init.setDaemon(true);
            init.start();
            jenaInit = init;
        }
        if (args.length > 0 && WORDS_FIRST.contains(args[0])) {
            // smartcn reads its dictionaries (some 2 MB, deserialised) on first use: a search waits for them otherwise
            Thread words = new Thread(Main::loadChineseWords, "smartcn-dictionaries");
            words.setDaemon(true);
            words.start();
        }
        System.exit(execute(new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args));
    }

    /**
     * Runs a command line; returns the exit code: 0 ok, 1 internal error, 2 bad usage or bad input, 3 add
     * stopped for likely duplicates, 4 the store cannot be used now (held by another process, read-only,
     * disk full, remote store down).
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args.length == 0 ? null : args[0]);
        cl.setOut(out);
        cl.setErr(err);
        // a command touching a Jena class while Jena initialises on the other thread can deadlock the two class
        // initialisations (Lang and RDFLanguages): the command waits for the initialisation, parsing does not
        cl.setExecutionStrategy(parsed -> {
            awaitJena();
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof BadInputException || e instanceof RuleCompileException || e instanceof IllegalArgumentException) {
                cmd.getErr().println("error: " + e.getMessage());
                return 2;
            }
            var unavailable = StoreUnavailableException.explain(e, StoreOptions.named(cmd));
            if (unavailable != null) {
                cmd.getErr().println("error: " + unavailable.getMessage());
                return 4;
            }
            String path = pathProblem(e);
            if (path != null) {
                cmd.getErr().println("error: " + path);
                return 2;
            }
            cmd.getErr().println("internal error: " + e);
            e.printStackTrace(cmd.getErr());
            return 1;
        });
        return cl.execute(args);
    }

    /**
     * The command line with the command named {@code first}, or with every command when {@code first} names none
     * (the program's own help and version, a mistyped command): picocli reads each command it holds from its class,
     * options and all, and that took 117 ms of a short command's start for all fifteen, 73 ms for one.
     */
    public static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> named = COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first)).findFirst().orElse(null);
        for (Class<?> c : named != null ? java.util.List.<Class<?>>of(named) : COMMANDS) {
            cl.addSubcommand(c);
        }
        // a command's -V prints the program's version (picocli leaves it blank)
        for (CommandLine sub : cl.getSubcommands().values()) sub.getCommandSpec().version(cl.getCommandSpec().version());
        return cl;
    }

    /** A file or folder the user named that cannot be used (an --out into a missing folder, say), in one line; else null. */
    static String pathProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
                String why = t instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                        : t instanceof java.nio.file.AccessDeniedException ? "permission denied"
                        : t instanceof java.nio.file.NotDirectoryException ? "not a folder"
                        : t instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                        : f.getReason() != null ? f.getReason() : "cannot be used";
                return f.getFile() + ": " + why;
            }
        }
        return null;
    }
}
