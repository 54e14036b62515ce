package org.claimgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The ClaimGraph vocabulary (ontology/claimgraph.ttl, metrics.ttl) and the IRIs of things ClaimGraph names. */
public final class CG {
    private CG() {}

    public static final String NS = "https://w3id.org/claimgraph/ns#";
    public static final String METRIC = "https://w3id.org/claimgraph/metric/";
    public static final String UNIT = "https://w3id.org/claimgraph/unit/";
    public static final String ENTITY = "https://w3id.org/claimgraph/entity/";
    public static final String DOC = "https://w3id.org/claimgraph/doc/";
    public static final String ASSESSMENT = "https://w3id.org/claimgraph/assessment/";
    public static final String RUN = "https://w3id.org/claimgraph/run/";
    /** A finding's computed numbers: one property per name (cgn:flatTotal), each a sub-property of cg:number. */
    public static final String NUMBER = "https://w3id.org/claimgraph/number/";
    public static final String GRAPH = "https://w3id.org/claimgraph/graph/";
    public static final String GRAPH_GAZETTEER = GRAPH + "gazetteer";
    public static final String GRAPH_VOCABULARY = GRAPH + "vocabulary";
    public static final String GRAPH_ASSESSMENTS = GRAPH + "assessments";
    public static final String GRAPH_HISTORY = GRAPH + "history";

    public static String docGraph(String docId) { return GRAPH + "doc/" + docId; }
    public static String doc(String docId) { return DOC + docId; }
    public static String claim(String claimKey) {
        int slash = claimKey.indexOf('/');
        return DOC + claimKey.substring(0, slash) + "/claim/" + claimKey.substring(slash + 1);
    }
    public static String assessment(String claimKey) { return ASSESSMENT + claimKey; }

    /** An enumeration member: the vocabulary's name for a JSON spelling, e.g. "up-to" → cg:UpTo. */
    public static Resource term(String jsonName) {
        StringBuilder b = new StringBuilder();
        for (String part : jsonName.split("[-_]")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase());
        }
        return r(b.toString());
    }

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Document = r("Document");
    public static final Resource Claim = r("Claim");
    public static final Resource Quantity = r("Quantity");
    public static final Resource Assessment = r("Assessment");
    public static final Resource Finding = r("Finding");
    public static final Resource CheckRun = r("CheckRun");
    public static final Resource LoadActivity = r("LoadActivity");
    public static final Resource Entity = r("Entity");
    public static final Resource Metric = r("Metric");
    public static final Resource Unit = r("Unit");
    public static final Resource Dimension = r("Dimension");
    public static final Resource MetricTypeClass = r("MetricType");
    public static final Resource Revision = r("Revision");

    public static final Property docId = p("docId");
    public static final Property documentKind = p("documentKind");
    public static final Property tier = p("tier");
    public static final Property claimId = p("claimId");
    public static final Property inDocument = p("inDocument");
    public static final Property quote = p("quote");
    public static final Property statement = p("statement");
    public static final Property claimant = p("claimant");
    public static final Property subject = p("subject");
    public static final Property object = p("object");
    public static final Property metric = p("metric");
    public static final Property value = p("value");
    public static final Property unit = p("unit");
    public static final Property per = p("per");
    public static final Property basis = p("basis");
    public static final Property statedAs = p("statedAs");
    public static final Property periodStart = p("periodStart");
    public static final Property periodEnd = p("periodEnd");
    public static final Property periodLabel = p("periodLabel");
    public static final Property termYears = p("termYears");
    public static final Property rank = p("rank");
    public static final Property rankFrom = p("rankFrom");
    public static final Property rankOver = p("rankOver");
    public static final Property rankOverStart = p("rankOverStart");
    public static final Property rankOverEnd = p("rankOverEnd");
    public static final Property qualifier = p("qualifier");
    public static final Property kind = p("kind");
    public static final Property said = p("said");
    public static final Property scope = p("scope");
    public static final Property note = p("note");
    public static final Property compares = p("compares");
    public static final Property operator = p("operator");
    public static final Property left = p("left");
    public static final Property right = p("right");
    public static final Property factor = p("factor");
    public static final Property gapFrom = p("gapFrom");
    public static final Property gapTo = p("gapTo");
    public static final Property verdict = p("verdict");
    public static final Property reason = p("reason");
    public static final Property caveat = p("caveat");
    public static final Property finding = p("finding");
    public static final Property rule = p("rule");
    public static final Property effect = p("effect");
    public static final Property findingKind = p("findingKind");
    public static final Property message = p("message");
    public static final Property usedClaim = p("usedClaim");
    public static final Property number = p("number");
    public static final Property ruleSetVersion = p("ruleSetVersion");
    public static final Property dataVersion = p("dataVersion");
    public static final Property metricType = p("metricType");
    public static final Property wikidataProperty = p("wikidataProperty");
    public static final Property indriyaUnit = p("indriyaUnit");
    public static final Property baseUnit = p("baseUnit");
    public static final Property noun = p("noun");
    public static final Property definedIn = p("definedIn");
    public static final Property family = p("family");
    public static final Property changeOf = p("changeOf");
    public static final Property numerator = p("numerator");
    public static final Property denominator = p("denominator");
    public static final Property complementOf = p("complementOf");
    public static final Property maxYearlyChange = p("maxYearlyChange");
    public static final Property dimension = p("dimension");
    public static final Property role = p("role");
    public static final Property speaksFor = p("speaksFor");
    public static final Property southernHemisphere = p("southernHemisphere");
    public static final Property jsonName = p("jsonName");
    public static final Property repeats = p("repeats");
    public static final Property revisionNumber = p("revisionNumber");
}
