package org.claimgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.model.Assessment;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed article's 20 verdicts, claim by claim: each named claim quotes its fragment and has exactly
 * the named verdict (a fragment alone could be satisfied by another claim quoting the same words).
 */
class SeedVerdictsTest {

    private static ClaimGraph graph;
    private static Map<String, Claim> article;
    private static Map<String, Assessment> assessments;
    private static String articleId;

    @BeforeAll
    static void checkSeed() {
        graph = ClaimGraph.open("mem", null, null);
        articleId = graph.loadSeed().get(0);
        assessments = graph.check().stream().collect(Collectors.toMap(Assessment::claim, Function.identity()));
        article = graph.store().claims().stream().filter(c -> c.docId().equals(articleId))
                .collect(Collectors.toMap(Claim::id, Function.identity()));
    }

    @AfterAll
    static void close() { graph.close(); }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "burn-through-2029 | 1150亿美元 | SUPPORTED",
            "net-loss-8-5b-per-year | 85亿美元 | CONTRADICTED",
            "altman-no-profit-before-2029 | 不太可能盈利 | UNSUPPORTED",
            "commitments-2025 | 1.3万亿美元 | SUPPORTED",
            "us-defence-budget-2024 | 1.2万亿美元的国防预算 | CONTRADICTED",
            "microsoft-invests-13b | 130亿美元 | SUPPORTED",
            "openai-paid-azure-with-microsoft-money | Azure云服务费用 | UNSUPPORTED",
            "oracle-300b-5-years | 5年3000亿美元 | SUPPORTED",
            "nvidia-invests-100b | 1000亿美元 | SUPPORTED",
            "amd-deal-14-days-after-nvidia | 14天 | SUPPORTED",
            "openai-amd-6gw | 6吉瓦 | SUPPORTED",
            "huang-not-sure | 我不太清楚 | SUPPORTED",
            "mag7-34-percent-of-sp500 | 34% | SUPPORTED",
            "market-flat-without-mag7 | 零增长 | CONTRADICTED",
            "ai-bubble-17x-dotcom | 17倍 | SUPPORTED",
            "enterprises-95-percent-no-return | 95%的企业 | SUPPORTED",
            "zuckerberg-bunker-4500-sqft | 4500平方英尺 | SUPPORTED",
            "altman-new-zealand-refuge | 新西兰 | SUPPORTED",
            "altman-luckiest-generation | 最幸运的一代 | SUPPORTED",
            "microsoft-most-valuable | 冠绝全球 | CONTRADICTED"})
    void theClaimHasTheVerdict(String claimId, String fragment, String verdict) {
        Claim c = article.get(claimId);
        assertNotNull(c, "the article has no claim " + claimId);
        assertTrue(c.quote().contains(fragment), () -> claimId + " does not quote \u201c" + fragment + "\u201d: " + c.quote());
        Assessment a = assessments.get(c.key());
        assertEquals(verdict, a.verdict().name(), () -> describe(a));
    }

    @Test
    void everyClaimOfTheArticleHasOneAssessment() {
        for (Claim c : article.values()) assertNotNull(assessments.get(c.key()), c.key());
    }

    private static String describe(Assessment a) {
        StringBuilder b = new StringBuilder(a.claim() + " " + a.verdict() + "\n  reason: " + a.reason() + "\n  caveats: " + a.caveats());
        for (Finding f : a.findings()) {
            b.append("\n  - ").append(f.rule()).append(' ').append(f.effect()).append(' ').append(f.kind()).append(": ").append(f.message());
        }
        return b.toString();
    }
}
