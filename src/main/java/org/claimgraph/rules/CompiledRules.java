package org.claimgraph.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/** A rule base's compiled packages in a file: reading them back skips parsing and compiling the rules. */
final class CompiledRules {

    private CompiledRules() {}

    /** The rule base in {@code file}, or null when there is none or it cannot be read (then the rules are compiled again). */
    static KieBase read(Path file, ClassLoader loader) {
        if (!Files.isRegularFile(file)) return null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             DroolsObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            var base = org.drools.kiesession.rulebase.KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return base;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return null; // a stale or damaged cache costs one compilation, nothing else
        }
    }

    /** Writes the packages next to {@code file} and moves them in place, so a reader never sees half a file. */
    static void write(KieBase base, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "rules-", ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                     DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                    objects.writeObject(new ArrayList<>(base.getKiePackages()));
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only folder: the next process compiles again
        }
    }
}
