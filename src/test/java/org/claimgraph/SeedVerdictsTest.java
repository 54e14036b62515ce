package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed article's verdicts that issue 3 asks for: for each quote fragment, at least one claim whose
 * quote contains it has the named verdict.
 */
class SeedVerdictsTest {

    private static ClaimGraph graph;
    private static List<Claim> article;
    private static Map<String, Assessment> assessments;

    @BeforeAll
    static void checkSeed() {
        graph = ClaimGraph.open("mem", null, null);
        String articleId = graph.loadSeed().get(0);
        assessments = graph.check().stream().collect(Collectors.toMap(Assessment::claim, Function.identity()));
        article = graph.store().claims().stream().filter(c -> c.docId().equals(articleId)).toList();
    }

    @AfterAll
    static void close() { graph.close(); }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1150亿美元 | SUPPORTED", "85亿美元 | CONTRADICTED", "不太可能盈利 | UNSUPPORTED", "1.3万亿美元 | SUPPORTED",
            "1.2万亿美元的国防预算 | CONTRADICTED", "130亿美元 | SUPPORTED", "Azure云服务费用 | UNSUPPORTED", "5年3000亿美元 | SUPPORTED",
            "1000亿美元 | SUPPORTED", "14天 | SUPPORTED", "6吉瓦 | SUPPORTED", "我不太清楚 | SUPPORTED", "34% | SUPPORTED",
            "零增长 | CONTRADICTED", "17倍 | SUPPORTED", "95%的企业 | SUPPORTED", "4500平方英尺 | SUPPORTED", "新西兰 | SUPPORTED",
            "最幸运的一代 | SUPPORTED", "冠绝全球 | CONTRADICTED"})
    void aClaimWithTheFragmentHasTheVerdict(String fragment, String verdict) {
        List<Claim> matching = article.stream().filter(c -> c.quote().contains(fragment)).toList();
        assertFalse(matching.isEmpty(), "no claim of the article quotes \u201c" + fragment + "\u201d");
        boolean found = matching.stream().anyMatch(c -> assessments.get(c.key()).verdict().name().equals(verdict));
        assertTrue(found, () -> "\u201c" + fragment + "\u201d: no claim is " + verdict + ":\n"
                + matching.stream().map(c -> describe(assessments.get(c.key()))).collect(Collectors.joining("\n")));
    }

    private static String describe(Assessment a) {
        StringBuilder b = new StringBuilder(a.claim() + " " + a.verdict() + "\n  reason: " + a.reason() + "\n  caveats: " + a.caveats());
        for (Finding f : a.findings()) {
            b.append("\n  - ").append(f.rule()).append(' ').append(f.effect()).append(' ').append(f.kind()).append(": ").append(f.message());
        }
        return b.toString();
    }
}
