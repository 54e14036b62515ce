package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.model.Metric;
import org.claimgraph.model.MetricType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The metric catalogue: names in three scripts, one metric per name, types and Wikidata as data. */
class CatalogueTest {

    private static Model model;
    private static Vocabulary vocabulary;

    @BeforeAll
    static void read() {
        model = Vocabulary.shipped(java.nio.file.Path.of("."));
        vocabulary = new Vocabulary(model, ModelFactory.createDefaultModel());
    }

    @Test
    void aNameWrittenInTheSingularOrPluralOrWithoutItsCountWordFindsItsMeasure() {
        assertEquals("fuel-price", vocabulary.metricId("petrol prices").orElse(null));
        assertEquals("class-size", vocabulary.metricId("class sizes").orElse(null));
        assertEquals("crop-yield", vocabulary.metricId("crop yields").orElse(null));
        assertEquals("hospital-beds", vocabulary.metricId("医院床位").orElse(null));
        assertEquals("attendance", vocabulary.metricId("观众").orElse(null));
        assertTrue(vocabulary.metricId("price tag").isEmpty(), "no measure is named so in any form");
    }

    @Test
    void aNameWrittenAsIdsAreFindsItsMeasure() {
        // "speed limit" names speed, whose id is another word: its hyphened form finds it too
        assertEquals("speed", vocabulary.metricId("speed-limit").orElse(null));
        assertEquals("crop-yield", vocabulary.metricId("crop_yields").orElse(null));
        assertTrue(vocabulary.metricId("price-tag").isEmpty(), "no measure is named so in any form");
    }

    @Test
    void theCatalogueHasTheCommonMeasures() {
        assertTrue(vocabulary.metrics().size() >= 120, "only " + vocabulary.metrics().size() + " metrics");
        for (String name : List.of("population", "人口", "GDP", "國內生產總值", "国内生产总值", "unemployment rate", "失業率", "失业率",
                "inflation", "public spending", "debt-to-GDP ratio", "votes", "turnout", "life expectancy", "waiting list",
                "CO2 emissions", "installed capacity", "market share", "employees", "asylum applications", "rainfall")) {
            assertTrue(vocabulary.metricId(name).isPresent(), "no metric named " + name);
        }
        assertEquals("population", vocabulary.metricId("人口數").orElseThrow());
        assertEquals("unemployment-rate", vocabulary.metricId("失業率").orElseThrow());
        assertEquals("electricity-sales", vocabulary.metricId("售電量").orElseThrow());
        assertEquals("electricity-sales", vocabulary.metricId("electricity sold").orElseThrow());
        assertEquals("budget-deficit", vocabulary.metricId("budget shortfall").orElseThrow());
        assertEquals("budget-deficit", vocabulary.metricId("預算缺口").orElseThrow());
        assertEquals("passenger-growth", vocabulary.metricId("客运量增长").orElseThrow());
        assertEquals("electricity-consumption-growth", vocabulary.metricId("用電成長").orElseThrow());
        assertEquals("electricity-sales-growth", vocabulary.metricId("售電量成長").orElseThrow());
        assertEquals("kWh", vocabulary.unitId("度").orElseThrow()); // 1200億度: Chinese counts electricity in 度
    }

    @Test
    void sportElectionHealthAndCourtMeasuresAReporterNames() {
        // "seat share" was read as share-price with the scope "seat", "stadium capacity" as power capacity
        Map<String, String> want = new java.util.LinkedHashMap<>();
        want.put("seat share", "seat-share"); want.put("席次率", "seat-share"); want.put("stadium capacity", "stadium-capacity");
        want.put("points per game", "points-per-game"); want.put("goals per match", "goals-per-game"); want.put("batting average", "batting-average");
        want.put("home runs", "home-runs"); want.put("win percentage", "win-percentage"); want.put("TV audience", "tv-audience");
        want.put("swing", "swing"); want.put("majority", "majority"); want.put("BMI", "bmi"); want.put("体重指数", "bmi");
        want.put("热量摄入", "calorie-intake"); want.put("刑期", "sentence-length");
        want.put("破獲率", "clearance-rate"); want.put("竊盜案件", "thefts"); want.put("強盜案件", "robberies"); want.put("詐騙案件", "fraud-cases");
        want.put("槍擊案件", "shootings"); want.put("監獄收容人數", "prison-population");
        assertMeasures(want);
    }

    @Test
    void electionAndSportMeasuresAReporterNamesAndCandidatesStandForElection() {
        // "candidates" was exam candidates, whom an election story never means
        Map<String, String> want = new java.util.LinkedHashMap<>();
        want.put("candidates", "candidates"); want.put("候选人数", "candidates"); want.put("候選人", "candidates");
        want.put("exam candidates", "exam-candidates"); want.put("examinees", "exam-candidates");
        want.put("seats lost", "seats-lost"); want.put("seats gained", "seats-gained"); want.put("spoiled ballots", "invalid-votes");
        want.put("spoilt ballots", "invalid-votes"); want.put("廢票", "invalid-votes"); want.put("rebounds per game", "rebounds-per-game");
        want.put("場均籃板", "rebounds-per-game"); want.put("three-point percentage", "three-point-percentage");
        want.put("三分球命中率", "three-point-percentage"); want.put("ERA", "earned-run-average"); want.put("防禦率", "earned-run-average");
        assertMeasures(want);
    }

    @Test
    void climateTransportEducationAndMoneyMeasuresAReporterNames() {
        // each was refused as unknown, or "near" another measure (票价 as 汇价, 平均延误时间 as 平均工作时间)
        Map<String, String> want = new java.util.LinkedHashMap<>();
        want.put("renewable share of electricity", "renewables-share"); want.put("capacity installed", "capacity-added");
        want.put("price cap", "price-cap"); want.put("share of electricity generation", "generation-share"); want.put("sea ice extent", "sea-ice-extent");
        want.put("正点率", "on-time-rate"); want.put("準點率", "on-time-rate"); want.put("票价", "fare"); want.put("起步价", "fare");
        want.put("平均延误时间", "average-delay"); want.put("生師比", "pupil-teacher-ratio"); want.put("錄取率", "admission-rate");
        want.put("中輟率", "dropout-rate"); want.put("錄取分數", "admission-score"); want.put("新生入學人數", "new-enrolment");
        want.put("班級人數", "class-size"); want.put("閱讀成績", "test-score"); want.put("教育經費占GDP比率", "education-spending-to-gdp");
        want.put("CPI month on month", "monthly-inflation"); want.put("bond yield", "bond-yield"); want.put("公債殖利率", "bond-yield");
        want.put("yield spread", "yield-spread"); want.put("current account surplus to GDP", "current-account-to-gdp");
        want.put("dollar index", "index-level");
        assertMeasures(want);
        assertEquals("per-10000", vocabulary.unitId("每万辆车").orElse(null)); // 万车死亡率: road deaths per 10,000 vehicles
        assertEquals("MWh", vocabulary.unitId("megawatt hour").orElse(null));
        assertEquals("count", vocabulary.unitId("班次").orElse(null));
    }

    @Test
    void healthCrimeFarmAndCultureMeasuresAReporterNames() {
        // each was refused as unknown, or "near" another measure (CO2 concentration as CO concentration, 詐欺案件 as 詐騙案件)
        String[] nameThenId = {"CO2 concentration", "co2-concentration", "二氧化碳浓度", "co2-concentration", "methane concentration", "methane-concentration",
            "suicide rate", "suicide-rate", "自殺率", "suicide-rate", "spending on medicines", "medicines-spending", "犯罪嫌疑人", "suspects",
            "嫌疑犯人數", "suspects", "詐騙財損", "fraud-losses", "fraud losses", "fraud-losses", "家庭暴力通報案件", "domestic-violence-cases",
            "domestic abuse incidents", "domestic-violence-cases", "化肥施用量", "fertiliser-use", "fertilizer use", "fertiliser-use",
            "streams", "streams", "播放量", "streams", "opening weekend gross", "opening-weekend-gross", "首週末票房", "opening-weekend-gross",
            "刑案發生數", "recorded-crime", "詐欺案件", "fraud-cases", "竊盜案", "thefts", "单位面积产量", "crop-yield", "paid subscriptions", "users"};
        Map<String, String> want = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameThenId.length; i += 2) want.put(nameThenId[i], nameThenId[i + 1]);
        assertMeasures(want);
        assertEquals("PartsPer", vocabulary.metric("co2-concentration").dimension());
        assertEquals(List.of("suicides", "population"), List.of(vocabulary.quotientOf("suicide-rate")));
    }

    @Test
    void housingLabourPublicMoneyAndDisasterMeasuresAReporterNames() {
        // each was refused as unknown, or read as another measure in a scope (防衛預算 as a budget of 防衛, 社會福利支出 as welfare in 社會)
        String[] nameThenId = {"house price to income ratio", "house-price-to-income", "房價所得比", "house-price-to-income",
            "rent to income ratio", "rent-to-income", "empty homes", "empty-homes", "空屋數", "empty-homes",
            "每人平均負擔債務", "debt-per-head", "debt per head", "debt-per-head",
            "snowfall", "snowfall", "aftershocks", "aftershocks", "餘震", "aftershocks", "rainy days", "rainy-days",
            "days without rain", "dry-spell", "people displaced", "displaced-people", "被迫流离失所人数", "displaced-people",
            "evacuations", "people-evacuated", "防衛預算", "defence-budget", "社會福利支出", "welfare-spending",
            "最低小时工资", "minimum-wage", "劳动力", "labour-force", "nonfarm payrolls", "employment",
            "賦稅收入", "tax-revenue", "歲出", "government-spending", "所得稅收入", "income-tax", "humanitarian aid", "foreign-aid",
            "签证", "visas-issued", "月均收入", "average-earnings", "central pressure", "air-pressure", "中心氣壓", "air-pressure"};
        Map<String, String> want = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameThenId.length; i += 2) want.put(nameThenId[i], nameThenId[i + 1]);
        assertMeasures(want);
        assertEquals(List.of("public-debt", "population"), List.of(vocabulary.quotientOf("debt-per-head")));
    }

    @Test
    void aChineseShareOfAWholeIsFoundWhicheverWordsItIsWrittenWith() {
        // the catalogue says 赤字占GDP比重 and 債務佔GDP比重; writers say 比率 and 比例, and 占 in Traditional characters too
        assertMeasures(Map.of("赤字佔GDP比率", "deficit-to-gdp", "债务占GDP比例", "debt-to-gdp", "債務占GDP比重", "debt-to-gdp",
                "國防支出占GDP比率", "military-spending-to-gdp"));
    }

    /** Each name finds the measure beside it (all told at once on failure). */
    private static void assertMeasures(Map<String, String> want) {
        Map<String, String> got = new java.util.LinkedHashMap<>();
        want.keySet().forEach(n -> got.put(n, vocabulary.metricId(n).orElse(null)));
        assertEquals(want, got);
    }

    @Test
    void theBaseOfARateMayBeWrittenOtherwise() {
        for (String name : List.of("hospital beds per 1,000 people", "hospital beds per 1,000", "hospital beds per 1000", "hospital beds per thousand",
                "Hospital Beds per 1,000 population", "每千人口床位数", "每千人床位数", "每1000人口床位数")) {
            assertEquals("hospital-bed-density", vocabulary.metricId(name).orElse(null), name);
        }
        assertEquals("doctor-density", vocabulary.metricId("doctors per thousand people").orElse(null));
        assertTrue(vocabulary.metricId("hospital beds per 100,000").isEmpty(), "another base is another measure");
        assertTrue(vocabulary.metricId("per 1,000").isEmpty(), "a base alone names no measure");
    }

    @Test
    void railHealthAndHomeMeasures() {
        assertEquals("parcel-volume", vocabulary.metricId("快递业务量").orElseThrow());
        assertEquals("rail-passengers", vocabulary.metricId("铁路旅客发送量").orElseThrow());
        assertEquals("rail-passengers", vocabulary.metricId("railway passengers carried").orElseThrow());
        assertEquals("rail-freight-turnover", vocabulary.metricId("鐵路貨運周轉量").orElseThrow());
        assertEquals("rail-freight-turnover", vocabulary.metricId("rail freight turnover").orElseThrow());
        assertEquals("NoDimension", vocabulary.metric("rail-freight-turnover").dimension());
        assertEquals("transport-turnover", vocabulary.metricId("货运周转量").orElseThrow());
        assertEquals("patient-visits", vocabulary.metricId("診療人次").orElseThrow());
        assertEquals("length-of-stay", vocabulary.metricId("平均住院日").orElseThrow());
        assertEquals("Time", vocabulary.metric("length-of-stay").dimension());
        assertEquals("home-sales", vocabulary.metricId("existing-home sales").orElseThrow());
        assertEquals("tourist-arrivals", vocabulary.metricId("visitor arrivals").orElseThrow());
    }

    @Test
    void weatherAirFarmLossesCommoditiesSchoolingTransportAndRaceMeasuresInBothLanguages() {
        Map<String, String> named = new java.util.LinkedHashMap<>();
        named.put("AQI", "air-quality-index");
        named.put("空氣質素指數", "air-quality-index");
        named.put("台风生成个数", "typhoons-formed");
        named.put("登陸颱風", "typhoon-landfalls");
        named.put("区域性暴雨过程", "rainstorm-events");
        named.put("累積雨量", "rainfall");
        named.put("農業損失", "agricultural-losses");
        named.put("crop losses", "crop-losses");
        named.put("畜產損失", "livestock-losses");
        named.put("渔业损失", "fishery-losses");
        named.put("gold demand", "gold-consumption");
        named.put("黃金首飾消費量", "gold-jewellery-consumption");
        named.put("幼兒園數", "kindergartens");
        named.put("preschool enrolment", "preschool-enrolment");
        named.put("高等教育在学总规模", "higher-education-enrolment");
        named.put("hospitalization rate", "hospitalisation-rate");
        named.put("vessel transits", "ship-transits");
        named.put("開行列車", "trains-run");
        named.put("完赛人数", "race-finishers");
        named.put("open caseload", "court-backlog");
        named.put("permits issued", "building-permits");
        named.forEach((name, id) -> assertEquals(id, vocabulary.metricId(name).orElse(null), name));
        // a ship's passage is a count, farm losses are money: the drafter takes them only for such figures
        assertEquals("Count", vocabulary.metric("ship-transits").dimension());
        assertEquals("Currency", vocabulary.metric("agricultural-losses").dimension());
    }

    @Test
    void everyNameBelongsToOneMetric() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Resource r : model.listSubjectsWithProperty(RDF.type, model.createResource(CG.NS + "Metric")).toList()) {
            List<Statement> names = new ArrayList<>(r.listProperties(RDFS.label).toList());
            names.addAll(r.listProperties(SKOS.altLabel).toList());
            for (Statement s : names) {
                String n = Vocabulary.norm(s.getString());
                String before = owner.putIfAbsent(n, r.getURI());
                if (before != null && !before.equals(r.getURI())) clashes.add(n + ": " + before + " and " + r.getURI());
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void typesDimensionsAndWikidataAreRead() {
        Metric pop = vocabulary.metric("population");
        assertEquals(MetricType.COUNT, pop.type());
        assertEquals("Count", pop.dimension());
        assertEquals("http://www.wikidata.org/entity/P1082", pop.wikidata());
        assertEquals(MetricType.RATE, vocabulary.metric("debt-to-gdp").type());
        assertEquals(MetricType.CHANGE, vocabulary.metric("jobs-created").type());
        assertEquals(MetricType.RANK, vocabulary.metric("rank-position").type());
        assertEquals("outflow", vocabulary.metric("net-loss").family());
        assertNull(vocabulary.metric("cash-burn").wikidata());
        // the seed's metric ids stay
        for (String id : List.of("cash-burn", "net-loss", "operating-loss", "costs", "revenue", "profitability-outlook", "spending-commitment",
                "contract-value", "investment", "compute-capacity", "defence-budget", "military-spending", "market-cap", "market-cap-share",
                "index-return", "share-without-return", "land-area", "floor-area", "announcement-date", "days-between", "size-ratio", "remark")) {
            assertTrue(vocabulary.metric(id) != null, "lost metric " + id);
        }
    }
}
