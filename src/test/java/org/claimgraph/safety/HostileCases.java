package org.claimgraph.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile and malformed inputs, generated from one valid claim document by mutating it field by field,
 * plus broken files of every kind the program reads. Every case must be refused.
 */
final class HostileCases {
    private HostileCases() {}

    /** One input: a name saying what is wrong, the file name it is loaded as, and its bytes. */
    record Case(String group, String name, String file, byte[] bytes) {
        @Override public String toString() { return group + ": " + name; }

        /** The API's answer to it as a POST body: 413 over the body limit, else 400. */
        int status() { return bytes.length > (1 << 20) ? 413 : 400; }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    static final String TEXT = "Acme Hostile made 5 billion dollars in 2025.";

    /** A valid claim document (the suite checks that it is accepted). */
    static ObjectNode base() {
        try {
            return (ObjectNode) JSON.readTree("""
                {"document": {"id": "hostile-base", "title": "Hostile base", "language": "en", "publisher": "Desk", "published": "2025-01-01",
                  "kind": "article", "tier": "secondary", "url": "https://example.org/a", "text": "%s"},
                 "entities": [{"id": "acme-hostile", "label": "Acme Hostile", "type": "organization", "aliases": ["Acme H"]}],
                 "claims": [{"id": "c1", "quote": "%s", "start": 0, "end": %d, "statement": "Acme Hostile made $5 billion in 2025.",
                   "claimant": "author", "subject": "acme-hostile", "metric": "revenue", "value": "5 billion", "unit": "USD", "period": "2025",
                   "kind": "statistical"}]}""".formatted(TEXT, TEXT, TEXT.length()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static final List<String> DOCUMENT_TEXT = List.of("id", "title", "language", "publisher", "author", "published", "url", "kind", "tier", "text", "textFile");
    static final List<String> CLAIM_TEXT = List.of("id", "quote", "statement", "claimant", "subject", "object", "metric", "value", "unit", "per", "period",
            "term", "kind", "said", "scope", "note");
    static final List<String> ENTITY_TEXT = List.of("id", "label", "labelZh", "type", "role", "wikidata");

    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        wrongTypes(out);
        missing(out);
        absurdNumbers(out);
        impossiblePeriods(out);
        hugeAndDeep(out);
        controlCharacters(out);
        markupWhereNoMarkupIsText(out);
        injection(out);
        pathTraversal(out);
        brokenJson(out);
        rdf(out);
        unseen(out);
        return out;
    }

    static ObjectNode at(ObjectNode doc, String where) {
        return switch (where) {
            case "document" -> (ObjectNode) doc.get("document");
            case "claims[0]" -> (ObjectNode) doc.get("claims").get(0);
            case "entities[0]" -> (ObjectNode) doc.get("entities").get(0);
            default -> doc;
        };
    }

    /** Writes every non-ASCII character as a \\u escape, so a lone surrogate reaches the reader as one (UTF-8 bytes would turn it into "?"). */
    static final ObjectMapper ESCAPING = new ObjectMapper().enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    static void json(List<Case> out, String group, String name, JsonNode doc) {
        try {
            out.add(new Case(group, name, "case.json", ESCAPING.writeValueAsBytes(doc)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(List<Case> out, String group, String where, String field, JsonNode value) {
        ObjectNode d = base();
        ObjectNode o = at(d, where);
        if (field.equals("text") && where.equals("document")) o.remove("text");
        o.set(field, value);
        json(out, group, where + "." + field + " = " + abbreviate(value.toString()), d);
    }

    static void wrongTypes(List<Case> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        // each text field gets two of the four kinds of non-text, in turn
        List<JsonNode> notText = List.of(f.booleanNode(true), f.arrayNode().add("x"), f.objectNode().put("a", 1), f.numberNode(42));
        int k = 0;
        for (String field : DOCUMENT_TEXT) for (int j = 0; j < 2; j++) set(out, "wrong type", "document", field, notText.get(k++ % 4));
        for (String field : CLAIM_TEXT) for (int j = 0; j < 2; j++) {
            JsonNode v = notText.get(k++ % 4);
            set(out, "wrong type", "claims[0]", field, field.equals("value") && v.isNumber() ? f.booleanNode(false) : v); // a number is a value
        }
        for (String field : ENTITY_TEXT) for (int j = 0; j < 2; j++) set(out, "wrong type", "entities[0]", field, notText.get(k++ % 4));
        for (String field : List.of("start", "end", "rank")) {
            for (JsonNode v : List.of(f.textNode("5"), f.numberNode(5.5), f.booleanNode(true), f.arrayNode())) set(out, "wrong type", "claims[0]", field, v);
        }
        for (JsonNode v : List.of(f.textNode("about"), f.numberNode(5), f.objectNode(), f.arrayNode().add(5), f.arrayNode().add(f.nullNode()))) {
            set(out, "wrong type", "claims[0]", "qualifiers", v);
        }
        for (JsonNode v : List.of(f.textNode("Acme"), f.numberNode(5), f.objectNode(), f.arrayNode().add(5), f.arrayNode().add(f.arrayNode()))) {
            set(out, "wrong type", "entities[0]", "aliases", v);
        }
        for (String field : List.of("compares", "between")) {
            for (JsonNode v : List.of(f.textNode("c1"), f.numberNode(5), f.arrayNode())) set(out, "wrong type", "claims[0]", field, v);
        }
        for (String top : List.of("document", "claims", "entities")) {
            for (JsonNode v : List.of(f.textNode("x"), f.numberNode(5))) set(out, "wrong type", "", top, v);
        }
    }

    static void missing(List<Case> out) {
        for (String field : List.of("id", "title", "language", "publisher", "published", "tier")) {
            ObjectNode d = base();
            at(d, "document").remove(field);
            json(out, "missing", "document." + field, d);
        }
        for (String field : List.of("id", "quote", "statement", "claimant", "kind", "subject", "metric", "start", "end")) {
            ObjectNode d = base();
            at(d, "claims[0]").remove(field);
            json(out, "missing", "claims[0]." + field, d);
        }
        for (String field : List.of("id", "label")) {
            ObjectNode d = base();
            at(d, "entities[0]").remove(field);
            json(out, "missing", "entities[0]." + field, d);
        }
        for (String top : List.of("document", "claims")) {
            ObjectNode d = base();
            d.remove(top);
            json(out, "missing", top, d);
        }
        ObjectNode unit = base();
        at(unit, "claims[0]").remove("unit");
        json(out, "missing", "claims[0].unit", unit);
    }

    static void absurdNumbers(List<Case> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        for (String v : List.of("1e400", "9".repeat(300), "-" + "9".repeat(300), "NaN", "Infinity", "-Infinity", "1e19", "0x10", "5 billion billion",
                "99999999 trillion", "1,2,3,4", "--5", "5..5", "")) {
            set(out, "absurd number", "claims[0]", "value", f.textNode(v));
        }
        for (String v : List.of("1e400", "-1e400", "1e19", "123456789012345678901234567890")) {
            ObjectNode d = base();
            at(d, "claims[0]").set("value", f.numberNode(new java.math.BigDecimal(v)));
            json(out, "absurd number", "claims[0].value = " + v + " (a JSON number)", d);
        }
        for (long v : List.of(-1L, 2147483648L, 99999L, 1L << 40)) set(out, "absurd number", "claims[0]", "start", f.numberNode(v));
        for (long v : List.of(-1L, 0L, 99999L, 2147483648L)) set(out, "absurd number", "claims[0]", "end", f.numberNode(v));
        for (long v : List.of(0L, -5L, 10_000_000_000L)) set(out, "absurd number", "claims[0]", "rank", f.numberNode(v));
        for (String v : List.of("1e400", "NaN", "-" + "9".repeat(100))) {
            ObjectNode d = base();
            at(d, "claims[0]").set("compares", f.objectNode().put("op", "times").put("left", "c1").put("right", "c1").put("factor", v));
            json(out, "absurd number", "claims[0].compares.factor = " + abbreviate(v), d);
        }
        set(out, "absurd number", "claims[0]", "term", f.textNode("9".repeat(400) + " years"));
    }

    static void impossiblePeriods(List<Case> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        for (String p : List.of("2025-13", "2025-02-30", "2025-Q5", "2025-H3", "2030/2020", "99999", "0", "2025-00", "yesterday", "2025-1-1x",
                "FY-1", "2025-W60", "2025-04-31", "/", "2025//2026")) {
            set(out, "impossible period", "claims[0]", "period", f.textNode(p));
        }
        for (String p : List.of("2025-13-01", "2025-02-30", "3000000", "2025/2026", "2025-Q1", "not a date", "2025-H1", "FY2024")) {
            set(out, "impossible period", "document", "published", f.textNode(p));
        }
    }

    static void hugeAndDeep(List<Case> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        set(out, "huge", "claims[0]", "id", f.textNode("a".repeat(100_000)));
        set(out, "huge", "document", "id", f.textNode("d".repeat(81)));
        set(out, "huge", "entities[0]", "id", f.textNode("e".repeat(5_000)));
        set(out, "huge", "claims[0]", "statement", f.textNode("s".repeat(200_000)));
        set(out, "huge", "document", "title", f.textNode("t".repeat(1_100_000)));
        set(out, "huge", "document", "url", f.textNode("https://example.org/" + "p".repeat(5_000)));
        ObjectNode many = base();
        ArrayNode claims = (ArrayNode) many.get("claims");
        for (int i = 0; i < 3_000; i++) claims.add(claims.get(0).deepCopy());
        json(out, "huge", "3001 claims with the same id", many);
        StringBuilder deep = new StringBuilder("{\"document\": ");
        deep.append("[".repeat(5_000)).append("]".repeat(5_000)).append(", \"claims\": []}");
        out.add(new Case("deep", "5000 nested lists", "case.json", deep.toString().getBytes(StandardCharsets.UTF_8)));
        String base = base().toString();
        String deepNote = base.replace("\"kind\":\"statistical\"", "\"kind\":\"statistical\",\"note\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));
        out.add(new Case("deep", "2000 nested objects in a note", "case.json", deepNote.getBytes(StandardCharsets.UTF_8)));
    }

    static void controlCharacters(List<Case> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<String> bad = List.of("\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\ud800", "\udfff", "x\ud83dy", "\uffff");
        for (String c : bad) {
            set(out, "control characters", "document", "title", f.textNode("a" + c + "b"));
            set(out, "control characters", "claims[0]", "statement", f.textNode("a" + c + "b"));
            set(out, "control characters", "entities[0]", "label", f.textNode("a" + c + "b"));
        }
        for (String c : List.of("\u0000", "\ud800", "\u001b")) {
            set(out, "control characters", "document", "publisher", f.textNode(c));
            set(out, "control characters", "entities[0]", "aliases", f.arrayNode().add("ok").add("x" + c));
        }
        // bytes that are not UTF-8, inside the title
        String b = base().toString();
        int at = b.indexOf("Hostile base");
        for (byte[] raw : List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0xc0, (byte) 0xaf},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe9})) {
            byte[] head = b.substring(0, at).getBytes(StandardCharsets.UTF_8), tail = b.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + raw.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(raw, 0, all, head.length, raw.length);
            System.arraycopy(tail, 0, all, head.length + raw.length, tail.length);
            out.add(new Case("invalid bytes", "title with " + java.util.HexFormat.of().formatHex(raw), "case.json", all));
        }
        out.add(new Case("invalid bytes", "the document in UTF-16", "case.json", b.getBytes(StandardCharsets.UTF_16)));
    }

    /** Markup where the field is an identifier, an address, a tag or a choice: refused (in free text it is kept and escaped, see the HTML tests). */
    static void markupWhereNoMarkupIsText(List<Case> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String script = "<script>alert(1)</script>";
        for (String field : List.of("id", "language", "url", "kind", "tier", "published")) set(out, "markup", "document", field, f.textNode(script));
        for (String field : List.of("id", "claimant", "subject", "object", "metric", "unit", "per", "period", "term", "kind", "value")) {
            set(out, "markup", "claims[0]", field, f.textNode(script));
        }
        for (String field : List.of("id", "type", "wikidata")) set(out, "markup", "entities[0]", field, f.textNode(script));
        for (String url : List.of("https://ev.example/\"><script>alert(1)</script>", "javascript:alert(1)", "https://ev.example/{x}", "data:text/html,<b>",
                "https://ev.example/a b", "http://", "//ev.example/x", "https://ev.example/\\x")) {
            set(out, "markup", "document", "url", f.textNode(url));
        }
    }

    static void injection(List<Case> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<String> payloads = List.of("x> } ; DROP ALL", "a\"b", "Upper", "x/../y", "' OR 1=1 --", "${jndi:ldap://127.0.0.1/a}",
                "c1> } UNION { ?s ?p ?o");
        for (String p : payloads) {
            set(out, "injection", "claims[0]", "id", f.textNode(p));
            set(out, "injection", "document", "id", f.textNode(p));
            set(out, "injection", "entities[0]", "id", f.textNode(p));
            ObjectNode d = base();
            at(d, "claims[0]").set("compares", f.objectNode().put("op", "exceeds").put("left", p).put("right", "c1"));
            json(out, "injection", "claims[0].compares.left = " + p, d);
        }
    }

    static void pathTraversal(List<Case> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        for (String p : List.of("/etc/passwd", "../secret.txt", "..\\secret.txt", "sub/../../secret.txt", "/dev/zero", "file:///etc/passwd", "~/secret.txt",
                " ", "%2e%2e/secret.txt", "sub", "link-out.txt", "big.txt", "nul\u0000.txt", "C:\\Windows\\win.ini", "\\\\server\\share\\x")) {
            ObjectNode d = base();
            ObjectNode doc = at(d, "document");
            doc.remove("text");
            doc.put("textFile", p);
            for (JsonNode c : d.get("claims")) { ((ObjectNode) c).remove("start"); ((ObjectNode) c).remove("end"); }
            json(out, "path traversal", "textFile " + p, d);
        }
    }

    static void brokenJson(List<Case> out) {
        String b = base().toString();
        for (int i = 1; i <= 12; i++) {
            int cut = (int) ((long) b.length() * i / 13);
            out.add(new Case("broken JSON", "cut at " + cut + " of " + b.length(), "case.json", b.substring(0, cut).getBytes(StandardCharsets.UTF_8)));
        }
        for (String s : List.of("", " ", "null", "[]", "{}", "\"x\"", "42", "true", "{\"document\": }", "{'document': 1}", b + "}", b + " trailing", b + " {}",
                "{\"document\": 1,}", "/* c */ " + b, "{\"document\": {}, \"document\": {}}", "{\"document\": NaN}", "\ufeff" + b, "{\"x\": 1}",
                b.replace("\"claims\":", "\"claims\" "), b.replace(":", "="), "{" + "\"a\":1,".repeat(10) + "}")) {
            out.add(new Case("broken JSON", abbreviate(s), "case.json", s.getBytes(StandardCharsets.UTF_8)));
        }
    }

    static final String CG = "https://w3id.org/claimgraph/";

    /** RDF: broken syntax, writes into the program's graphs, statements about stored things, remote contexts, external entities. */
    static void rdf(List<Case> out) {
        String stored = CG + "doc/store-base";
        for (String g : List.of("graph/assessments", "graph/history", "graph/vocabulary", "graph/gazetteer", "graph/doc/store-base",
                "doc/store-base/claim/b1/revision/1")) {
            String trig = "<" + CG + g + "> { <urn:x:s> <urn:x:p> \"o\" . }\n";
            out.add(new Case("system graph", "TriG into " + g, "case.trig", trig.getBytes(StandardCharsets.UTF_8)));
            String nq = "<urn:x:s> <urn:x:p> \"o\" <" + CG + g + "> .\n";
            out.add(new Case("system graph", "N-Quads into " + g, "case.nq", nq.getBytes(StandardCharsets.UTF_8)));
        }
        for (String s : List.of(stored, stored + "/claim/b1", CG + "entity/acme-store", CG + "assessment/store-base/b1")) {
            out.add(new Case("stored things", "Turtle about " + s, "case.ttl",
                    ("<" + s + "> <http://schema.org/name> \"changed\" .\n").getBytes(StandardCharsets.UTF_8)));
        }
        out.add(new Case("shapes", "a claim with nothing but its type", "case.ttl",
                ("<" + CG + "doc/new-doc/claim/x> a <" + CG + "ns#Claim> .\n").getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("shapes", "a document without its fields", "case.ttl",
                ("<" + CG + "doc/new-doc> a <" + CG + "ns#Document> .\n").getBytes(StandardCharsets.UTF_8)));
        for (String[] bad : new String[][] {
                {"case.ttl", "<urn:x:s> <urn:x:p> ."}, {"case.ttl", "<http://a b> <urn:x:p> \"o\" ."}, {"case.ttl", "<urn:x:s> <urn:x:p> \"o\"@en-!! ."},
                {"case.ttl", "@prefix x: <urn:x:> . x:s x:p \"unterminated ."}, {"case.ttl", "<urn:x:s> <urn:x:p> \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> <urn:x:extra> ."},
                {"case.trig", "<urn:g> { <urn:x:s> <urn:x:p> \"o\" "}, {"case.nq", "<urn:x:s> <urn:x:p> \"o\" <urn:g> <urn:h> ."},
                {"case.nt", "_:b <urn:x:p> ."}, {"case.ttl", "\u0000\u0001\u0002"}, {"case.ttl", "<urn:x:s> <urn:x:p> \"\\ud800\" ."},
                {"case.rdf", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"" + CG + "doc/store-base\"><n xmlns=\"urn:x:\">&x;</n></rdf:Description></rdf:RDF>"},
                {"case.jsonld", "{\"@context\": \"http://127.0.0.1:9/context.jsonld\", \"@id\": \"urn:x:s\", \"name\": \"x\"}"},
                {"case.jsonld", "{\"@context\": [\"https://schema.org/\"], \"@id\": \"urn:x:s\", \"name\": \"x\"}"},
                {"case.jsonld", "{\"@context\": {\"@import\": \"http://127.0.0.1:9/c.jsonld\"}, \"@id\": \"urn:x:s\"}"},
                {"case.jsonld", "{\"@graph\": [{\"@context\": \"file:///etc/passwd\", \"@id\": \"urn:x:s\"}]}"},
                {"case.jsonld", "{\"@id\": "},
                {"case.xyz", "<urn:x:s> <urn:x:p> \"o\" ."}}) {
            out.add(new Case("broken RDF", bad[0] + " " + abbreviate(bad[1]), bad[0], bad[1].getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Inputs the first attack did not try: deep and wide JSON, duplicate keys, invisible and reordering characters, odd numbers, dates and addresses, file: bases. */
    static void unseen(List<Case> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String b = base().toString();
        out.add(new Case("deep", "100000 nested lists in a note", "case.json",
                b.replace("\"kind\":\"statistical\"", "\"kind\":\"statistical\",\"note\":" + "[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8)));
        ArrayNode aliases = f.arrayNode();
        for (int i = 0; i < 20_000; i++) aliases.add("alias " + i);
        set(out, "huge", "entities[0]", "aliases", aliases);
        ArrayNode qualifiers = f.arrayNode();
        for (int i = 0; i < 50_000; i++) qualifiers.add("about");
        set(out, "huge", "claims[0]", "qualifiers", qualifiers);
        out.add(new Case("duplicate keys", "claims[0].value twice", "case.json",
                b.replace("\"value\":\"5 billion\"", "\"value\":\"5 billion\",\"value\":\"6 billion\"").getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("duplicate keys", "document.id twice", "case.json",
                b.replace("\"id\":\"hostile-base\"", "\"id\":\"hostile-base\",\"id\":\"other-doc\"").getBytes(StandardCharsets.UTF_8)));
        for (String odd : List.of("\u202e", "\u200b", "\ufeff", "\u2066", "\ud83d\ude00", "\u0301", "\u00a0")) {
            set(out, "odd unicode", "claims[0]", "id", f.textNode("c" + odd + "1"));
            set(out, "odd unicode", "document", "id", f.textNode("hostile" + odd + "base"));
            set(out, "odd unicode", "entities[0]", "id", f.textNode("acme" + odd));
            set(out, "odd unicode", "claims[0]", "unit", f.textNode("US" + odd + "D"));
        }
        for (String invisible : List.of("\u200b", "\u200b\u200c\u200d", "\u202e", "\ufeff", "\u2060 \u2060")) {
            set(out, "odd unicode", "entities[0]", "aliases", f.arrayNode().add("Acme H").add(invisible));
            set(out, "odd unicode", "document", "title", f.textNode(invisible));
            set(out, "odd unicode", "entities[0]", "label", f.textNode(invisible));
        }
        for (String v : List.of("0x1p3", "1e-400", "٣", "1_000", "+-5", "5e", ".", "1e400 billion", "Infinity billion", "nan")) {
            set(out, "absurd number", "claims[0]", "value", f.textNode(v));
        }
        for (String d : List.of("2025-02-29", "0000-01-01", "+2025-01-01", "-2025-01-01", "2025-12-31T25:00", "2025-W53-8", "20250101", "2025-1-1")) {
            set(out, "impossible period", "document", "published", f.textNode(d));
        }
        for (String p : List.of("2025-02-29", "2023-02-29/2024", "Q0 2025", "FY99999")) set(out, "impossible period", "claims[0]", "period", f.textNode(p));
        for (String url : List.of("https://exa mple.org/", "https://example.org/%zz", "https://example.org:99999/", "https:///path", "https://example.org/\u202e",
                "file:///etc/passwd", "ftp://example.org/x", "https://example.org/\ud800")) {
            set(out, "markup", "document", "url", f.textNode(url));
        }
        // a base of file: (nothing is read, but the graph would name this machine's files)
        out.add(new Case("file base", "Turtle @base <file:///etc/>", "case.ttl", "@base <file:///etc/> .\n<passwd> <urn:ex:p> \"o\" .\n".getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("file base", "TriG BASE <file:///>", "case.trig", "BASE <file:///>\n<g> { <etc/passwd> <urn:ex:p> \"o\" . }\n".getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("file base", "Turtle naming file: directly", "case.ttl", "<urn:ex:s> <urn:ex:p> <file:///etc/shadow> .\n".getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("file base", "JSON-LD @base file:", "case.jsonld",
                "{\"@context\": {\"@base\": \"file:///etc/\"}, \"@id\": \"passwd\", \"urn:ex:p\": \"o\"}".getBytes(StandardCharsets.UTF_8)));
        out.add(new Case("file base", "RDF/XML xml:base file:", "case.rdf", ("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xml:base=\"file:///etc/\"><rdf:Description rdf:about=\"passwd\"><p xmlns=\"urn:ex:\">o</p></rdf:Description></rdf:RDF>").getBytes(StandardCharsets.UTF_8)));
        // mixed line endings and a BOM before the document: the JSON is fine, the refusal is for what it says (an unknown field)
        out.add(new Case("line endings", "CR, LF and CRLF with an unknown field", "case.json",
                b.replace(",\"claims\":", ",\r\"colour\":\"red\",\r\n\"claims\":\n").getBytes(StandardCharsets.UTF_8)));
    }

    static String abbreviate(String s) {
        String t = s.replaceAll("[\\p{Cc}\\p{Cs}\\p{Cf}\\p{Zl}\\p{Zp}\\uFFFF]", "?");
        return t.length() <= 50 ? t : t.substring(0, 47) + "…";
    }
}
