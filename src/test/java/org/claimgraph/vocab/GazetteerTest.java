package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped gazetteer: the countries and regions of the world by their English, Simplified and Traditional names, one entity per name. */
class GazetteerTest {

    private static Model gazetteer;
    private static Vocabulary vocabulary;

    @BeforeAll
    static void read() {
        gazetteer = RDFDataMgr.loadModel("ontology/entities.ttl");
        vocabulary = new Vocabulary(Vocabulary.shipped(java.nio.file.Path.of(".")), gazetteer);
    }

    @Test
    void countriesAndRegionsResolveInEnglishAndChinese() {
        Map<String, String> names = Map.ofEntries(
                Map.entry("Honduras", "honduras"), Map.entry("洪都拉斯", "honduras"), Map.entry("宏都拉斯", "honduras"),
                Map.entry("Kenya", "kenya"), Map.entry("肯尼亚", "kenya"), Map.entry("肯亞", "kenya"),
                Map.entry("Australia", "australia"), Map.entry("澳洲", "australia"), Map.entry("澳大利亞", "australia"),
                Map.entry("Ivory Coast", "ivory-coast"), Map.entry("DR Congo", "dr-congo"), Map.entry("Burma", "myanmar"),
                Map.entry("Türkiye", "turkey"), Map.entry("UAE", "united-arab-emirates"), Map.entry("阿聯酋", "united-arab-emirates"),
                Map.entry("Bosnia & Herzegovina", "bosnia-and-herzegovina"), Map.entry("St Lucia", "saint-lucia"),
                Map.entry("广东省", "guangdong"), Map.entry("廣東", "guangdong"), Map.entry("Inner Mongolia", "inner-mongolia"),
                Map.entry("加州", "california"), Map.entry("New Jersey", "new-jersey"), Map.entry("马里兰", "maryland"),
                Map.entry("London", "london"), Map.entry("倫敦", "london"), Map.entry("臺北市", "taipei"), Map.entry("Bangalore", "bengaluru"),
                Map.entry("瀋陽", "shenyang"), Map.entry("Ho Chi Minh City", "ho-chi-minh-city"),
                // the entries the program had before keep their names
                Map.entry("美國", "united-states"), Map.entry("UK", "united-kingdom"), Map.entry("香港", "hong-kong"));
        names.forEach((name, id) -> assertEquals(id, vocabulary.entityId(name).orElse(null), name));
        assertTrue(vocabulary.entities().size() > 350, vocabulary.entities().size() + " entities");
    }

    @Test
    void noNameBelongsToTwoEntities() {
        Map<String, String> owner = new HashMap<>();
        for (var p : List.of(RDFS.label, SKOS.altLabel)) {
            for (Statement st : gazetteer.listStatements(null, p, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                if (st.getSubject().getURI() == null || !st.getSubject().getURI().startsWith("https://w3id.org/claimgraph/entity/")
                        || st.getSubject().getURI().endsWith("/entity/")) continue;
                String name = st.getString().strip().toLowerCase(java.util.Locale.ROOT);
                String was = owner.putIfAbsent(name, st.getSubject().getURI());
                assertTrue(was == null || was.equals(st.getSubject().getURI()), "\"" + name + "\" names " + was + " and " + st.getSubject().getURI());
            }
        }
    }

    @Test
    void everyEntityHasAnEnglishAndAChineseLabel() {
        for (var r : gazetteer.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, gazetteer.createResource(CG.NS + "Entity")).toList()) {
            long en = r.listProperties(RDFS.label).toList().stream().filter(s -> s.getLanguage().equals("en")).count();
            long zh = r.listProperties(RDFS.label).toList().stream().filter(s -> s.getLanguage().equals("zh")).count();
            assertEquals(1, en, r + " English labels");
            assertEquals(1, zh, r + " Chinese labels");
        }
    }

    @Test
    void everyOfficeThatSpeaksForAPlaceNamesOneOfTheGazetteer() {
        int offices = 0;
        for (var e : vocabulary.entities()) {
            var place = vocabulary.speaksFor(e.id());
            if (place.isEmpty()) continue;
            offices++;
            assertEquals("statistics-office", e.role(), e.id());
            // a place or a union of them (the European Union), never another office
            var spoken = vocabulary.entity(place.get());
            assertTrue(spoken != null && spoken.role() == null, e.id() + " speaks for " + place.get());
        }
        assertEquals("united-states", vocabulary.speaksFor("bureau-of-labor-statistics").orElseThrow());
        assertTrue(offices >= 14, offices + " offices");
    }
}
