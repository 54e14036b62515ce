package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One scope within another ({@link ScopeTerms#within}): by its words, in English and Chinese, both ways. */
class ScopeNestingTest {

    @ParameterizedTest(name = "\"{1}\" within \"{0}\": {2}")
    @CsvSource(delimiter = '|', value = {
            // a qualifier added; the label after the comma names the same source's other table
            "all of Asia, IMF World Economic Outlook April 2023 projections|emerging and developing Asia, IMF World Economic Outlook April 2023 Table A4|true",
            "Asia|emerging Asia|true",
            "state minimum wage|state minimum wage in the South|true",
            "the whole of Europe|Europe|true",
            "Asia|emerging Asia, IMF World Economic Outlook April 2023|true",
            "Asia, IMF World Economic Outlook April 2023|emerging Asia|true",
            // what is left out is not the wider scope's
            "Asia|Asia excluding Japan|true",
            "GP attendances|non-referred GP attendances|true",
            "households|households without children|true",
            "全亚洲|新兴和发展中亚洲|true",
            "整个欧洲|欧洲|true",
            "非洲|撒哈拉以南非洲|true",
            "亚洲，国际货币基金组织2023年4月预测|新兴亚洲，国际货币基金组织2023年4月表A4|true",
            // words naming every kind of a thing are the whole of it, wherever they stand
            "coal mining, all kinds of coal|thermal coal mining|true",
            "schools of every type|primary schools|true",
            "各类学校|公立学校|true",
            "各種學校|公立學校|true",
            // a kind joined to its negation is every one of them, either way round
            "documented and undocumented migrants|undocumented migrants|true",
            "foreign-born people, documented and undocumented|undocumented foreigners|false",
            "undocumented or documented workers|documented workers|true",
            "EU and non-EU migrants|non-EU migrants|true",
            "合法和非法移民|非法移民|true",
            "登记与未登记的工人|未登记的工人|true",
            "有证和无证的外籍人士|无证的外籍人士|true",
            // not a kind and its negation, or a narrower scope that says less than the rest of the wider one
            "documented and registered migrants|undocumented migrants|false",
            "documented migrants|undocumented migrants|false",
            "documented and undocumented migrants in the capital|undocumented migrants|false",
            "合法和非法移民|外籍人士|false",
            // other places, the other sex, the wider way round
            "Europe|emerging Asia|false",
            "women|men|false",
            "men|women|false",
            "emerging Asia|Asia|false",
            "欧洲|新兴亚洲|false",
            "女性|男性|false",
            "新兴亚洲|亚洲|false",
            "thermal coal|all kinds of coal|false",
            "kinds of coal|thermal coal|false",
            "公立学校|各类学校|false",
            // a union, or the wider scope left out
            "Asia|Asia and Europe|false",
            "Asia|Asia-Pacific|false",
            "Asia|outside Asia|false",
            "Japan|Asia excluding Japan|false",
            "EU migrants|non-EU migrants|false",
            "seasonally adjusted|not seasonally adjusted|false",
            "亚洲|亚洲和欧洲|false",
            "亚洲|亚洲以外|false",
            "欧盟移民|非欧盟移民|false",
            "亚洲|除亚洲外的国家|false",
            // a union's first member as written is a field within it; not its second, which may lack a word both share
            "the 50 states and the District of Columbia|the 50 states|true",
            "women in England and Wales|women in England|true",
            "英格兰和威尔士|英格兰|true",
            "women in England and Wales|Wales|false",
            "the 50 states|the 50 states and the District of Columbia|false",
            "states and union territories|rapes, states and union territories|false",
            // labels of two sources; a list after the comma is no label; a scope of filler alone says nothing
            "Asia, IMF World Economic Outlook April 2023|emerging Asia, World Bank Global Economic Prospects June 2023|false",
            "residents of Hong Kong|permanent residents of Hong Kong, Macau and Taiwan|false",
            "all of the whole|Asia|false"})
    void within(String wide, String narrow, boolean within) {
        assertEquals(within, ScopeTerms.within(wide, narrow, Set.of()));
    }

    /** The metric's own names tell nothing: "state minimum wage" for a minimum wage is the states. */
    @Test
    void theMetricsNamesAreIgnored() {
        assertEquals(false, ScopeTerms.within("state minimum wage", "southern states", Set.of()));
        assertEquals(true, ScopeTerms.within("state minimum wage", "southern states", ScopeTerms.of("minimum wage")));
        assertEquals(true, ScopeTerms.within("foreign-born people, documented and undocumented", "undocumented foreigners",
                ScopeTerms.of("foreign-born population foreign nationals")));
    }
}
