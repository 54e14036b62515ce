package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.model.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units: names in three scripts, currencies from the platform, conversions from Indriya. */
class UnitsTest {

    private static Model model;
    private static Vocabulary v;

    @BeforeAll
    static void read() {
        model = Vocabulary.shipped(Path.of("."));
        v = new Vocabulary(model, ModelFactory.createDefaultModel());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"people | count", "人 | count", "名 | count", "家 | count", "戶 | count", "jobs | count", "count | count",
            "TWD | TWD", "新台幣 | TWD", "新台币 | TWD", "NT$ | TWD", "港元 | HKD", "港幣 | HKD", "HK$ | HKD", "人民币 | CNY", "人民幣 | CNY",
            "元 | CNY", "美元 | USD", "US$ | USD", "$ | USD", "欧元 | EUR", "歐元 | EUR", "€ | EUR", "英镑 | GBP", "£ | GBP", "日元 | JPY",
            "日圓 | JPY", "韩元 | KRW", "₩ | KRW", "₹ | INR", "R$ | BRL", "兰特 | ZAR", "South African Rand | ZAR", "MXN | MXN", "ARS | ARS",
            "gigawatts | GW", "兆瓦 | MW", "TWh | TWh", "千瓦時 | kWh", "acres | acre", "hectares | ha", "平方公里 | sq-km", "miles | mile",
            "tonnes | t", "Mt | Mt", "barrels | barrel", "°C | celsius", "个百分点 | percentage-point", "個百分點 | percentage-point",
            "percentage points | percentage-point", "%pts | percentage-point", "% points | percentage-point", "% | percent", "°F | fahrenheit", "℉ | fahrenheit", "華氏 | fahrenheit", "mph | mph",
            "miles per hour | mph", "knots | knot", "seconds | second", "秒 | second", "inches | inch", "英寸 | inch",
            "personas | count", "habitantes | count", "votos | count", "dólares | USD", "pesos argentinos | ARS", "pesos mexicanos | MXN",
            "pesos chilenos | CLP", "reales | BRL", "toneladas | t", "kilómetros | km", "hectáreas | ha", "años | year",
            "t-km | t-km", "tonne-km | t-km", "tonne-kilometres | t-km", "吨公里 | t-km", "噸公里 | t-km", "passenger-km | passenger-km", "人公里 | passenger-km",
            "µg/m³ | ug-m3", "微克/立方米 | ug-m3", "mg/L | mg-l", "Mbps | mbit-s", "兆比特每秒 | mbit-s", "Gb/s | gbit-s", "GB | GB",
            "gigabytes | GB", "milligrams | mg", "毫克 | mg", "克 | g", "grams | g", "盎司 | oz", "troy ounces | oz", "fl oz | fl-oz", "毫升 | ml",
            "m³/s | m3-s", "cubic metres per second | m3-s", "立方米每秒 | m3-s", "秒立方米 | m3-s", "cumecs | m3-s", "cubic feet per second | cfs",
            "calories | kcal", "kcal | kcal", "大卡 | kcal", "千卡 | kcal", "kilojoules | kJ", "千焦 | kJ",
            "dB | dB", "decibels | dB", "分贝 | dB", "分貝 | dB", "dB(A) | dB", "feet | ft", "ft | ft", "英尺 | ft",
            "ppm | ppm", "parts per million | ppm", "ppb | ppb", "parts per trillion | parts-per-trillion", "ppt | percentage-point",
            "golds | count", "medals | count", "shows | count", "streams | count", "suspects | count",
            "份 | count", "millibars | millibar", "hPa | hPa", "百帕 | hPa", "inHg | inHg", "bushels | bushel", "corn bushels | bushel-corn",
            "wheat bushels | bushel-wheat"})
    void namesPeopleWriteFindTheirUnit(String name, String id) {
        assertEquals(id, v.unitId(name).orElseThrow(() -> new AssertionError("no unit named " + name)));
    }

    @Test
    void aNameSeveralUnitsShareAsksWhichOne() {
        assertEquals(" (say which: ARS (pesos argentinos), CLP (pesos chilenos), COP (pesos colombianos), CUC (cuban convertible pesos),"
                + " CUP (cuban pesos), DOP (dominican pesos), GWP (guinea-bissau pesos), MXN (mexican pesos), …)", v.suggestUnit("pesos"));
        assertEquals(" (did you mean \"usd\"?)", v.suggestUnit("UDS"), "one near name: the nearest");
    }

    @Test
    void everyIsoCurrencyIsAUnitAlignedWithQudt() {
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            if (List.of("XXX", "XTS").contains(c.getCurrencyCode())) continue;
            var u = v.unit(c.getCurrencyCode());
            assertTrue(u != null, "no unit " + c.getCurrencyCode());
            assertEquals("Currency", u.dimension());
        }
        assertTrue(model.contains(model.getResource(CG.UNIT + "ZAR"), SKOS.exactMatch, model.getResource("http://qudt.org/vocab/currency/ZAR")));
        assertTrue(model.contains(model.getResource(CG.UNIT + "GW"), SKOS.exactMatch, model.getResource("http://qudt.org/vocab/unit/GigaW")));
        assertEquals("南非兰特", v.unit("ZAR").labelZh());
    }

    @ParameterizedTest(name = "{0} {1} = {2} {3}")
    @CsvSource(delimiter = '|', value = {"6 | GW | 6e9 | W", "500 | MW | 5e8 | W", "3 | kW | 3000 | W", "1.5 | TWh | 1.5e12 | Wh",
            "200 | GWh | 2e11 | Wh", "1 | acre | 4046.8564224 | sq-m", "1 | sq-km | 1e6 | sq-m", "1 | ha | 10000 | sq-m",
            "1000 | sq-ft | 92.90304 | sq-m", "1 | mile | 1609.344 | m", "2 | km | 2000 | m", "2500 | kg | 2.5 | t", "37 | Mt | 3.7e7 | t", "1.5 | Gt | 1.5e9 | t",
            "1 | barrel | 0.158987294928 | m3", "1 | L | 0.001 | m3", "2 | week | 14 | day", "1 | year | 365.2425 | day",
            "300 | kelvin | 26.85 | celsius", "12 | per-1000 | 12 | per-1000", "1 | per-100000 | 0.01 | per-1000",
            "212 | fahrenheit | 100 | celsius", "-40 | fahrenheit | -40 | celsius", "60 | mph | 96.56064 | km-h", "10 | knot | 18.52 | km-h",
            "86400 | second | 1 | day", "2 | inch | 0.0508 | m", "500 | mg | 5e-7 | t", "1 | oz | 3.11034768e-5 | t", "250 | ml | 2.5e-4 | m3",
            "1.2 | mg-m3 | 1200 | ug-m3", "2 | mg-l | 2e6 | ug-m3", "1 | gbit-s | 1000 | mbit-s", "500 | kbit-s | 0.5 | mbit-s",
            "3 | EB | 3e9 | GB", "512 | MB | 0.512 | GB", "1000 | cfs | 28.316846592 | m3-s", "2 | m3-s | 2 | m3-s",
            "1 | kcal | 1.162222222222 | Wh", "3600 | kJ | 1000 | Wh", "1930 | ppb | 1.93 | ppm", "4000 | parts-per-trillion | 0.004 | ppm",
            "882 | millibar | 882 | hPa", "29.92 | inHg | 1013.2075888 | hPa", "101.325 | kPa | 1013.25 | hPa", "1 | bushel | 0.03523907016688 | m3",
            "1000 | bushel-corn | 25.40117272 | t", "1000 | bushel-wheat | 27.2155422 | t"})
    void physicalUnitsMeetInTheirBaseUnit(double value, String unit, double base, String baseUnit) {
        Quantity q = v.comparable(new Quantity(value, unit, value, value, String.valueOf(value), null), false);
        assertEquals(baseUnit, q.unit());
        assertEquals(base, q.value(), Math.abs(base) * 1e-9);
    }

    @Test
    void currenciesAndCountsAreNeverConverted() {
        Quantity twd = new Quantity(3e11, "TWD", 3e11, 3.1e11, "3000多億", null);
        assertEquals(twd, v.comparable(twd, false));
        Quantity people = new Quantity(2.34e7, "count", 2.335e7, 2.345e7, "2340萬", null, "人");
        assertEquals(people, v.comparable(people, false));
        // decibels are logarithmic: a sound level stays in dB, in a dimension of its own
        Quantity loud = new Quantity(85, "dB", 84.5, 85.5, "85 dB", null);
        assertEquals(loud, v.comparable(loud, false));
        assertEquals("SoundLevel", v.unit("dB").dimension());
    }

    @Test
    void aWeeklyRateIsComparedAsAYearlyOneAt52point1775WeeksAYear() {
        assertEquals(52.1775, v.perFactor("week"), 1e-9);
        assertEquals(365.2425, v.perFactor("day"), 1e-9);
        assertEquals(12, v.perFactor("month"), 1e-9);
        Quantity weekly = v.comparable(new Quantity(300, "GBP", 295, 305, "£300", "week"), false);
        assertEquals("year", weekly.per());
        assertEquals(300 * 52.1775, weekly.value(), 1e-6);
        assertEquals(305 * 52.1775, weekly.high(), 1e-6);
        for (String per : List.of("per week", "a week", "weekly", "/wk", "每周", "每週", "week")) assertEquals("week", v.perUnit(per).orElseThrow(), per);
        for (String per : List.of("a year", "/yr", "per annum", "annually", "每年")) assertEquals("year", v.perUnit(per).orElseThrow(), per);
        assertTrue(v.perUnit("per metre").isEmpty());
    }

    @Test
    void aChangeOfTemperatureConvertsWithoutTheOffset() {
        assertEquals(1.5, v.comparable(new Quantity(1.5, "kelvin", 1.5, 1.5, "1.5 K", null), true).value(), 1e-9);
        assertEquals(-271.65, v.comparable(new Quantity(1.5, "kelvin", 1.5, 1.5, "1.5 K", null), false).value(), 1e-9);
        assertEquals(5, v.comparable(new Quantity(9, "fahrenheit", 9, 9, "9 °F", null), true).value(), 1e-9);
    }
}
