package org.claimgraph.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.claimgraph.model.Qualifier;
import org.claimgraph.model.Quantity;
import org.claimgraph.model.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static void near(double want, double got, String what) {
        if (Double.isInfinite(want)) assertEquals(want, got, what);
        else assertEquals(want, got, Math.max(1e-9, Math.abs(want) * 1e-9), what);
    }

    /** figure; language; value; low; high; unit ("-" for none); qualifiers (json, "+"-joined, "-" for none). */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // digits and magnitudes, with the precision the form implies
            "1150亿; zh; 1.15e11; 1.145e11; 1.155e11; -; -",
            "1.3万亿; zh; 1.3e12; 1.25e12; 1.35e12; -; -",
            "115 billion; en; 1.15e11; 1.145e11; 1.155e11; -; -",
            "$8.5B; en; 8.5e9; 8.45e9; 8.55e9; USD; -",
            "34%; en; 34; 33.5; 34.5; percent; -",
            "4,500; en; 4500; 4450; 4550; -; -",
            "100 billion; en; 1e11; 9.5e10; 1.05e11; -; -",
            "0; en; 0; -0.5; 0.5; -; -",
            "85亿美元; zh; 8.5e9; 8.45e9; 8.55e9; 美元; -",
            "3 million; en; 3e6; 2.5e6; 3.5e6; -; -",
            // Traditional and Simplified Chinese
            "2340萬; zh-Hant; 2.34e7; 2.335e7; 2.345e7; -; -",
            "2340萬人; zh-Hant; 2.34e7; 2.335e7; 2.345e7; 人; -",
            "1.3萬億; zh-Hant; 1.3e12; 1.25e12; 1.35e12; -; -",
            "2兆; zh-Hant; 2e12; 1.5e12; 2.5e12; -; -",
            "4.5兆日圓; zh-Hant; 4.5e12; 4.45e12; 4.55e12; 日圓; -",
            "三千五百万; zh; 3.5e7; 3.45e7; 3.55e7; -; -",
            "一百二十; zh; 120; 115; 125; -; -",
            "两千; zh; 2000; 1950; 2050; -; -",
            "兩億; zh-Hant; 2e8; 1.5e8; 2.5e8; -; -",
            "三亿五千万; zh; 3.5e8; 3.45e8; 3.55e8; -; -",
            "一万五; zh; 15000; 14500; 15500; -; -",
            "一万零五百; zh; 10500; 10450; 10550; -; -",
            "十二; zh; 12; 11.5; 12.5; -; -",
            "三点五亿; zh; 3.5e8; 3.45e8; 3.55e8; -; -",
            "三．一四％; zh-Hant; 3.14; 3.135; 3.145; percent; -",
            "七．○五％; zh-Hant; 7.05; 7.045; 7.055; percent; -",
            "壹佰万元; zh; 1e6; 9.5e5; 1.05e6; 元; -",
            "500兆瓦; zh; 500; 495; 505; 兆瓦; -",
            "3千克; zh; 3; 2.5; 3.5; 千克; -",
            "100 亿元; zh; 1e10; 9.5e9; 1.05e10; 元; -",
            "人民币5000亿元; zh; 5e11; 4.95e11; 5.05e11; CNY; -",
            "约人民幣5000億元; zh-Hant; 5e11; 4.7e11; 5.3e11; CNY; about",
            "新台幣3000億; zh-Hant; 3e11; 2.95e11; 3.05e11; TWD; -",
            // a margin of error's half-width
            "±3 points; en; 3; 2.5; 3.5; points; -",
            "plus or minus 3.1 percentage points; en; 3.1; 3.05; 3.15; percentage-point; -",
            "正负3%; zh; 3; 2.5; 3.5; percent; -",
            // 臺, as Taiwan's own documents write the dollar's name
            "新臺幣200萬元; zh-Hant; 2e6; 1.95e6; 2.05e6; TWD; -",
            "臺幣50萬元; zh-Hant; 5e5; 4.95e5; 5.05e5; TWD; -",
            "RMB 1.2 trillion; en; 1.2e12; 1.15e12; 1.25e12; CNY; -",
            "$5 billion dollars; en; 5e9; 4.5e9; 5.5e9; USD; -",
            "1.4%; en; 1.4; 1.35; 1.45; percent; -",
            "一千多; zh; 1000; 1000; 2000; -; more-than",
            "500 points; en; 500; 495; 505; points; -",
            // Chinese bounds and cue words
            "超過2500萬; zh-Hant; 2.5e7; 2.5e7; Infinity; -; more-than",
            "超过2500万; zh; 2.5e7; 2.5e7; Infinity; -; more-than",
            "3000多億; zh-Hant; 3e11; 3e11; 4e11; -; more-than",
            "3000多亿元; zh; 3e11; 3e11; 4e11; 元; more-than",
            "100余人; zh; 100; 100; 200; 人; more-than",
            "100餘家; zh-Hant; 100; 100; 200; 家; more-than",
            "二十多万; zh; 2e5; 2e5; 3e5; -; more-than",
            "3亿多; zh; 3e8; 3e8; 4e8; -; more-than",
            "逾千亿; zh; 1e11; 1e11; Infinity; -; more-than",
            "近3000亿; zh; 3e11; 2.7e11; 3e11; -; almost",
            "突破15萬; zh-Hant; 1.5e5; 1.5e5; Infinity; -; more-than",
            "不及2000人; zh; 2000; -Infinity; 2000; 人; less-than",
            "约1.3万亿; zh; 1.3e12; 1.185e12; 1.415e12; -; about",
            "約500萬; zh-Hant; 5e6; 4.7e6; 5.3e6; -; about",
            "5000亿左右; zh; 5e11; 4.7e11; 5.3e11; -; about",
            "不到1000万; zh; 1e7; -Infinity; 1e7; -; less-than",
            "不足三成; zh; 30; -Infinity; 30; percent; less-than",
            // 高达 and 多达 stress the figure: it reached that much, at its own precision
            "高达300亿; zh; 3e10; 2.95e10; 3.05e10; -; -",
            "高達300億; zh-Hant; 3e10; 2.95e10; 3.05e10; -; -",
            "多达120人; zh; 120; 115; 125; 人; -",
            "最多300亿; zh; 3e10; -Infinity; 3.05e10; -; up-to",
            "至少100万; zh; 1e6; 1e6; Infinity; -; at-least",
            "100万以上; zh; 1e6; 1e6; Infinity; -; at-least",
            // shares and multiples
            "三成; zh; 30; 25; 35; percent; -",
            "两成半; zh; 25; 22.5; 27.5; percent; -",
            "百分之三十; zh; 30; 29.5; 30.5; percent; -",
            "百分之三十五点五; zh; 35.5; 35.45; 35.55; percent; -",
            "两倍; zh; 2; 1.5; 2.5; times; -",
            "翻倍; zh; 2; 1.8; 2.2; times; -",
            "翻两番; zh; 4; 3.6; 4.4; times; -", "增长一倍; zh; 2; 1.8; 2.2; times; -", "增長了一倍; zh-Hant; 2; 1.8; 2.2; times; -",
            "三分之一; zh; 33.333333333333336; 30; 36.66666666666667; percent; -",
            "2.5个百分点; zh; 2.5; 2.45; 2.55; percentage-point; -",
            // English words, fractions, abbreviations
            "twenty-five; en; 25; 24.5; 25.5; -; -",
            "three million people; en; 3e6; 2.5e6; 3.5e6; people; -",
            "a hundred; en; 100; 95; 105; -; -",
            "twelve; en; 12; 11.5; 12.5; -; -",
            "a third; en; 33.333333333333336; 30; 36.66666666666667; percent; -",
            "half; en; 50; 45; 55; percent; -",
            "a quarter; en; 25; 22.5; 27.5; percent; -",
            "two-thirds; en; 66.66666666666667; 60; 73.33333333333334; percent; -",
            "three quarters; en; 75; 67.5; 82.5; percent; -",
            "one in five; en; 20; 18; 22; percent; -",
            "half a million; en; 5e5; 4.5e5; 5.5e5; -; -",
            "half a million people; en; 5e5; 4.5e5; 5.5e5; people; -",
            "a quarter of a million dollars; en; 2.5e5; 2.25e5; 2.75e5; dollars; -",
            "half of the people; en; 50; 45; 55; percent; -",
            "1,5 millones de personas; es; 1.5e6; 1.45e6; 1.55e6; personas; -",
            "2.500 millones de pesos argentinos; es; 2.5e9; 2.45e9; 2.55e9; pesos argentinos; -",
            "1.5 million; en; 1.5e6; 1.45e6; 1.55e6; -; -",
            "$3.5B; en; 3.5e9; 3.45e9; 3.55e9; USD; -",
            "£2bn; en; 2e9; 1.5e9; 2.5e9; GBP; -",
            // hundredths of a currency: pence are pounds, cents dollars (as "$" is), euro cents euros
            "152.3p; en; 1.523; 1.5225; 1.5235; GBP; -",
            "99 pence; en; 0.99; 0.985; 0.995; GBP; -",
            "40 cents; en; 0.4; 0.395; 0.405; USD; -",
            "50 euro cents; en; 0.5; 0.495; 0.505; EUR; -",
            "€40m; en; 4e7; 3.95e7; 4.05e7; EUR; -",
            "240 millions; en; 2.4e8; 2.35e8; 2.45e8; -; -",
            "2.4 million acres; en; 2.4e6; 2.35e6; 2.45e6; acres; -",
            "millions of; en; -; -; -; -; -",
            "5m people; en; 5e6; 4.5e6; 5.5e6; people; -",
            "3 m; en; 3; 2.5; 3.5; m; -",
            "NT$500億; zh-Hant; 5e10; 4.95e10; 5.05e10; TWD; -",
            "RM2.3bn; en; 2.3e9; 2.25e9; 2.35e9; MYR; -",
            "RM 40; en; 40; 39.5; 40.5; MYR; -",
            "R2.5bn; en; 2.5e9; 2.45e9; 2.55e9; ZAR; -",
            "USD 5 billion; en; 5e9; 4.5e9; 5.5e9; USD; -",
            "more than 8 billion; en; 8e9; 8e9; Infinity; -; more-than",
            "over 2 million; en; 2e6; 2e6; Infinity; -; more-than",
            "north of 2 million; en; 2e6; 2e6; Infinity; -; more-than",
            "upward of 300; en; 300; 300; Infinity; -; more-than",
            "topped 150,000; en; 1.5e5; 1.5e5; Infinity; -; more-than",
            "exceeded $1 billion; en; 1e9; 1e9; Infinity; USD; more-than",
            "just below 5%; en; 5; 4.5; 5; percent; almost",
            "at least 40%; en; 40; 40; Infinity; percent; at-least",
            "up to 300 billion; en; 3e11; -Infinity; 3.05e11; -; up-to",
            "as much as 300 billion; en; 3e11; 2.95e11; 3.05e11; -; -",
            "as high as 52%; en; 52; 51.5; 52.5; percent; -",
            "as many as 120; en; 120; 115; 125; -; -",
            "almost 3,000; en; 3000; 2700; 3000; -; almost",
            "nearly half; en; 50; 45; 50; percent; almost",
            "about 5,000; en; 5000; 4700; 5300; -; about",
            "around 12%; en; 12; 10.9; 13.1; percent; about",
            "roughly 1.2 million; en; 1.2e6; 1.09e6; 1.31e6; -; about",
            "less than 5%; en; 5; -Infinity; 5; percent; less-than",
            "fewer than 100 people; en; 100; -Infinity; 100; people; less-than",
            "under 2 million; en; 2e6; -Infinity; 2e6; -; less-than",
            "10,000+; en; 10000; 10000; Infinity; -; at-least",
            // words and signs that bound a figure, before and after it
            "well over 2 million; en; 2e6; 2e6; Infinity; -; more-than",
            "slightly less than 5%; en; 5; 4.5; 5; percent; almost",
            "well below 5%; en; 5; -Infinity; 5; percent; less-than",
            "in the region of 300; en; 300; 280; 320; -; about",
            "> 50%; en; 50; 50; Infinity; percent; more-than",
            "<5%; en; 5; -Infinity; 5; percent; less-than",
            "≥50%; en; 50; 50; Infinity; percent; at-least",
            "≈200; en; 200; 185; 215; -; about",
            "50% or higher; en; 50; 50; Infinity; percent; at-least",
            "200,000-odd; en; 2e5; 2e5; 3e5; -; more-than",
            "twenty-odd; en; 20; 20; 30; -; more-than",
            "1.5 million-odd; en; 1.5e6; 1.5e6; 1.6e6; -; more-than",
            // a direction in words or a plus sign is the number's sign
            "+12%; en; 12; 11.5; 12.5; percent; -",
            "down 3%; en; -3; -3.5; -2.5; percent; -",
            "minus 5; en; -5; -5.5; -4.5; -; -",
            "up by 2.5%; en; 2.5; 2.45; 2.55; percent; -",
            "万分之五; zh; 0.05; 0.045; 0.055; percent; -",
            "上千; zh; 1000; 1000; Infinity; -; at-least",
            "十几万; zh; 154999.5; 110000; 199999; -; -",
            "十几人; zh; 15; 11; 19; 人; -",
            "several hundred; en; 599.5; 200; 999; -; -",
            "a few thousand people; en; 5999.5; 2000; 9999; people; -",
            // the words alone: two to nine, "a couple" two or three; not before more or a multiple
            "a handful; en; 5.5; 2; 9; -; -",
            "several; en; 5.5; 2; 9; -; -",
            "a few of the people; en; 5.5; 2; 9; the people; -",
            "a couple of; en; 2.5; 2; 3; -; -",
            "起码200; zh; 200; 200; Infinity; -; at-least",
            "顶多300; zh; 300; -Infinity; 305; -; up-to",
            "上百万人; zh; 1e6; 1e6; Infinity; 人; at-least",
            // 万 and 亿 with no numeral before them are one of it; idioms of many; "and a half"; -fold in one word
            "上万; zh; 10000; 10000; Infinity; -; at-least",
            "过万; zh; 10000; 10000; Infinity; -; more-than",
            "破亿; zh; 1e8; 1e8; Infinity; -; more-than",
            "近万人; zh; 10000; 9000; 10000; 人; almost",
            "萬餘人; zh; 10000; 10000; 20000; 人; more-than",
            "成千上万; zh; 1000; 1000; Infinity; -; at-least",
            "成百上千; zh; 100; 100; Infinity; -; at-least",
            "数以万计; zh; 59999.5; 20000; 99999; -; -",
            "數以百萬計; zh; 5999999.5; 2000000; 9999999; -; -",
            "百分之零点五; zh; 0.5; 0.45; 0.55; percent; -",
            "零点三个百分点; zh; 0.3; 0.25; 0.35; percentage-point; -",
            "负三点五; zh; -3.5; -3.55; -3.45; -; -",
            "负5%; zh; -5; -5.5; -4.5; percent; -",
            "零下5摄氏度; zh; -5; -5.5; -4.5; 摄氏度; -",
            "2年半; zh; 2.5; 2.45; 2.55; 年; -",
            "一年半; zh; 1.5; 1.45; 1.55; 年; -",
            "三个半月; zh; 3.5; 3.45; 3.55; 个月; -",
            "半年; zh; 0.5; 0.45; 0.55; 年; -",
            "a million and a half; en; 1.5e6; 1.45e6; 1.55e6; -; -",
            "2 and a half million; en; 2.5e6; 2.45e6; 2.55e6; -; -",
            "3 billion and a half; en; 3.5e9; 3.45e9; 3.55e9; -; -",
            "tenfold; en; 10; 9.5; 10.5; times; -",
            "three times as many; en; 3; 2.5; 3.5; times; -",
            "KSh 3 billion; en; 3e9; 2.5e9; 3.5e9; KES; -",
            "GH¢5 billion; en; 5e9; 4.5e9; 5.5e9; GHS; -",
            "₵5 billion; en; 5e9; 4.5e9; 5.5e9; GHS; -",
            "E£5 billion; en; 5e9; 4.5e9; 5.5e9; EGP; -",
            "TSh 5 billion; en; 5e9; 4.5e9; 5.5e9; TZS; -",
            "USh5bn; en; 5e9; 4.5e9; 5.5e9; UGX; -",
            "Tk 500 crore; en; 5e9; 4.95e9; 5.05e9; BDT; -",
            "Rp5 trillion; en; 5e12; 4.5e12; 5.5e12; IDR; -",
            "N$2 billion; en; 2e9; 1.5e9; 2.5e9; NAD; -",
            // a whole number and a fraction sign
            "2½ million; en; 2.5e6; 2.45e6; 2.55e6; -; -",
            "33⅓%; en; 33.33; 33.325; 33.335; percent; -",
            "£3½bn; en; 3.5e9; 3.45e9; 3.55e9; GBP; -",
            // powers of ten: a magnitude, the mantissa keeps its precision
            "1e6; en; 1e6; 5e5; 1.5e6; -; -",
            "1.5e9; en; 1.5e9; 1.45e9; 1.55e9; -; -",
            "2.3E+06; en; 2.3e6; 2.25e6; 2.35e6; -; -",
            "3×10^6; en; 3e6; 2.5e6; 3.5e6; -; -",
            "3 x 10⁶; en; 3e6; 2.5e6; 3.5e6; -; -",
            "about 4.2e-3; en; 0.0042; 0.00394; 0.00446; -; about",
            "$1.2e9; en; 1.2e9; 1.15e9; 1.25e9; USD; -",
            "1.5 million-plus; en; 1.5e6; 1.5e6; Infinity; -; at-least",
            "5 million at most; en; 5e6; -Infinity; 5.5e6; -; up-to",
            "不下300人; zh; 300; 300; Infinity; 人; at-least",
            "五十开外; zh; 50; 50; Infinity; -; more-than",
            // a fraction written with a slash or as one sign is a share, rounded as a spelled-out one
            "2/3; en; 66.66666666666667; 60; 73.33333333333333; percent; -",
            "about 1/4; en; 25; 21.25; 28.75; percent; about",
            "⅔; en; 66.66666666666667; 60; 73.33333333333333; percent; -",
            "½; en; 50; 45; 55; percent; -",
            // more than half, in words
            "the majority; en; 50; 50; Infinity; percent; more-than",
            "过半; zh; 50; 50; Infinity; percent; more-than",
            "近半; zh; 50; 45; 50; percent; almost",
            // India's digit groups: a lakh (1,00,000) and a crore (1,00,00,000)
            "Rs 1,00,000; en; 1e5; 95000; 105000; INR; -",
            "2,50,00,000; en; 2.5e7; 2.45e7; 2.55e7; -; -",
            "10pc; en; 10; 9.5; 10.5; percent; -",
            "12 per cent; en; 12; 11.5; 12.5; percent; -",
            "12 percent; en; 12; 11.5; 12.5; percent; -",
            "0.5 percentage points; en; 0.5; 0.45; 0.55; percentage-point; -",
            "17 times; en; 17; 16.5; 17.5; times; -",
            "3x; en; 3; 2.5; 3.5; times; -",
            "twice; en; 2; 1.8; 2.2; times; -",
            "tripled; en; 3; 2.7; 3.3; times; -",
            "halved; en; 0.5; 0.45; 0.55; times; -",
            "减半; zh; 0.5; 0.45; 0.55; times; -",
            // "and a half" and 倍半 are read by the same reader as every other figure
            "two and a half times; en; 2.5; 2.45; 2.55; times; -",
            "one and a half times; en; 1.5; 1.45; 1.55; times; -",
            "two and a half million; en; 2.5e6; 2.45e6; 2.55e6; -; -",
            "两倍半; zh; 2.5; 2.25; 2.75; times; -",
            "一倍半; zh; 1.5; 1.25; 1.75; times; -",
            "10-fold; en; 10; 9.5; 10.5; times; -",
            // European decimal commas and thousands dots
            "1.234,5; es; 1234.5; 1234.45; 1234.55; -; -",
            "3,5 millones; es; 3.5e6; 3.45e6; 3.55e6; -; -",
            "2,4 %; es; 2.4; 2.35; 2.45; percent; -",
            "3 mil millones; es; 3e9; 2.5e9; 3.5e9; -; -",
            "2 billones; es; 2e12; 1.5e12; 2.5e12; -; -",
            "3.000 millones de euros; es; 3e9; 2.95e9; 3.05e9; euros; -",
            "1.234; de; 1234; 1233.5; 1234.5; -; -",
            "1.234; en; 1.234; 1.2335; 1.2345; -; -",
            "2,5 Mrd. €; de; 2.5e9; 2.45e9; 2.55e9; EUR; -",
            "40 Mio. Euro; de; 4e7; 3.95e7; 4.05e7; Euro; -",
            "1 234 567; fr; 1234567; 1234566.5; 1234567.5; -; -",
            "12,5 milliards; fr; 1.25e10; 1.245e10; 1.255e10; -; -",
            "plus de 3 millions; fr; 3e6; 3e6; Infinity; -; more-than",
            "más de 2,5 millones; es; 2.5e6; 2.5e6; Infinity; -; more-than",
            "3.5 millones; es; 3.5e6; 3.45e6; 3.55e6; -; -",
            "1,5 bilhão; pt; 1.5e9; 1.45e9; 1.55e9; -; -",
            // ranges: value the midpoint, [low, high] the ends as written
            "500~600亿; zh; 5.5e10; 5e10; 6e10; -; -",
            "hundreds; en; 599.5; 200; 999; -; -",
            "dozens; en; 59.5; 20; 99; -; -",
            "tens of thousands; en; 59999.5; 20000; 99999; -; -",
            "hundreds of millions of dollars; en; 599999999.5; 2e8; 999999999; dollars; -",
            "数十; zh; 59.5; 20; 99; -; -",
            "几百; zh; 599.5; 200; 999; -; -",
            "數十萬; zh; 599999.5; 200000; 999999; -; -",
            "好几千; zh; 5999.5; 2000; 9999; -; -",
            "500至600亿; zh; 5.5e10; 5e10; 6e10; -; -",
            "500到600亿元; zh; 5.5e10; 5e10; 6e10; 元; -",
            "2亿至3亿; zh; 2.5e8; 2e8; 3e8; -; -",
            "三到五成; zh; 40; 30; 50; percent; -",
            "2–3%; en; 2.5; 2; 3; percent; -",
            "2-3%; en; 2.5; 2; 3; percent; -",
            "2% to 3%; en; 2.5; 2; 3; percent; -",
            "2 to 3 million; en; 2.5e6; 2e6; 3e6; -; -",
            "between 2 and 3 million; en; 2.5e6; 2e6; 3e6; -; -",
            "$2-3 billion; en; 2.5e9; 2e9; 3e9; USD; -",
            "$2bn-$3bn; en; 2.5e9; 2e9; 3e9; USD; -",
            "about 2-3%; en; 2.5; 1.9; 3.15; percent; about",
            "entre 2 y 3 millones; es; 2.5e6; 2e6; 3e6; -; -"})
    void readsFiguresWithTheIntervalTheirFormImplies(String figure, String lang, Double value, Double low, Double high,
                                                    String unit, String qualifiers) {
        if (value == null) {
            assertThrows(IllegalArgumentException.class, () -> Amounts.read(figure, lang));
            return;
        }
        var a = Amounts.read(figure, lang);
        near(value, a.value(), "value of " + figure);
        near(low, a.low(), "low of " + figure);
        near(high, a.high(), "high of " + figure);
        assertEquals(unit, a.unit(), "unit of " + figure);
        Set<Qualifier> want = EnumSet.noneOf(Qualifier.class);
        if (qualifiers != null) for (String q : qualifiers.split("\\+")) {
            for (Qualifier x : Qualifier.values()) if (x.json.equals(q)) want.add(x);
        }
        assertEquals(want, a.qualifiers(), "qualifiers of " + figure);
        assertEquals(figure, a.figure());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {"a 25% increase; 25; percent", "an increase of 25%; 25; percent", "a 3% drop; -3; percent",
            "a fall of 3%; -3; percent", "declined by 4.5%; -4.5; percent", "grew 3.2%; 3.2; percent", "a $2bn increase; 2e9; USD",
            "增长25%; 25; percent", "下降3%; -3; percent", "跌了3%; -3; percent", "减少3万人; -30000; 人", "上升2.5%; 2.5; percent"})
    void aDirectionInWordsBeforeOrAfterTheFigureIsItsSign(String figure, double value, String unit) {
        var a = Amounts.read(figure, figure.matches(".*[\\u4e00-\\u9fff].*") ? "zh" : "en");
        near(value, a.value(), "value of " + figure);
        assertEquals(unit, a.unit(), "unit of " + figure);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {".312; 0.312; 0.3115; 0.3125; -", "-.5%; -0.5; -0.55; -0.45; percent",
            "$.50; 0.5; 0.495; 0.505; USD", "down .25%; -0.25; -0.255; -0.245; percent", ".5 to .75; 0.625; 0.5; 0.75; -"})
    void aPointBeforeTheFirstDigitIsADecimalOne(String figure, double value, double low, double high, String unit) {
        var a = Amounts.read(figure, "en");
        near(value, a.value(), "value of " + figure);
        near(low, a.low(), "low of " + figure);
        near(high, a.high(), "high of " + figure);
        assertEquals(unit, a.unit(), "unit of " + figure);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = ';', value = {
            // a comma followed by other than three digits: a decimal in a language that writes decimal commas
            "1,5 million; de; 1.5e6; 1.45e6; 1.55e6; -", "3,2%; fr; 3.2; 3.15; 3.25; percent", "1.234,5; pt; 1234.5; 1234.45; 1234.55; -",
            "3,2 %; pl; 3.2; 3.15; 3.25; percent", "1,5 Mio.; de; 1.5e6; 1.45e6; 1.55e6; -",
            // and a thousands separator in English and Chinese
            "1,500 million; en; 1.5e9; 1.45e9; 1.55e9; -", "1,234; zh; 1234; 1233.5; 1234.5; -",
            // a height in feet and inches is one length, in inches
            "6 feet 2 inches; en; 74; 73.5; 74.5; inches", "6 ft 2 in; en; 74; 73.5; 74.5; inches", "6'2\"; en; 74; 73.5; 74.5; inches",
            "6′2″; en; 74; 73.5; 74.5; inches", "6-foot-2; en; 74; 73.5; 74.5; inches", "5 ft 10.5 in; en; 70.5; 70.45; 70.55; inches",
            "about 6 feet 2 inches; en; 74; 69.8; 78.2; inches",
            // decibels are a unit word like any other
            "85 dB; en; 85; 84.5; 85.5; dB", "85 decibels; en; 85; 84.5; 85.5; decibels", "85分贝; zh; 85; 84.5; 85.5; 分贝"})
    void readsDecimalCommasHeightsAndDecibels(String figure, String lang, double value, double low, double high, String unit) {
        var a = Amounts.read(figure, lang);
        near(value, a.value(), "value of " + figure);
        near(low, a.low(), "low of " + figure);
        near(high, a.high(), "high of " + figure);
        assertEquals(unit.equals("-") ? null : unit, a.unit(), "unit of " + figure);
    }

    @Test
    void aDecimalCommaInALanguageThatWritesDecimalPointsIsRefusedWithThePoint() {
        assertEquals("\"1,5 million\" has a comma followed by other than three digits, which is no thousands separator in a document in \"en\": write the"
                + " decimal with a point, \"1.5 million\" (or give the document a \"language\" that writes decimal commas, such as \"de\" or \"es\")",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("1,5 million", "en")).getMessage());
        assertEquals("\"3,2%\" has a comma followed by other than three digits, which is no thousands separator in a document in English: write the"
                + " decimal with a point, \"3.2%\" (or give the document a \"language\" that writes decimal commas, such as \"de\" or \"es\")",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("3,2%", null)).getMessage());
        assertEquals("\"1,5亿\" has a comma followed by other than three digits, which is no thousands separator in a document in Chinese: write the"
                + " decimal with a point, \"1.5亿\" (or give the document a \"language\" that writes decimal commas, such as \"de\" or \"es\")",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("1,5亿", "zh")).getMessage());
    }

    @Test
    void aWordSeparatorAtTheEndIsNoRange() {
        // "an average of 186,000 a month": read with one word after it, the figure ends in " a "
        var a = Amounts.read("186,000 a ", "en");
        near(186000, a.value(), "value");
        assertEquals(false, a.range());
    }

    @Test
    void rangesSayTheyAreRanges() {
        assertTrue(Amounts.read("500~600亿", "zh").range());
        assertTrue(Amounts.read("between 2 and 3 million", "en").range());
        assertFalse(Amounts.read("twenty-five", "en").range());
        assertFalse(Amounts.read("-3.5%", "en").range());
        assertEquals(-3.5, Amounts.read("-3.5%", "en").value());
    }

    @Test
    void refusesWhatIsNotANumberNamingTheFigure() {
        assertEquals("malformed number \"twelvish\"",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("twelvish", "en")).getMessage());
        assertEquals("malformed number \"1,2,3\"",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("1,2,3", "en")).getMessage());
        assertEquals("malformed number \"\"", assertThrows(IllegalArgumentException.class, () -> Amounts.read("", "en")).getMessage());
        assertEquals("malformed number \"about\"",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("about", "en")).getMessage());
        assertEquals("/7", Amounts.read("24/7", "en").unit(), "a numerator above its denominator is no share (the claim reader refuses the unit)");
        assertEquals("\"3,5\" has a comma followed by other than three digits, which is no thousands separator in a document in \"en\": write the"
                + " decimal with a point, \"3.5\" (or give the document a \"language\" that writes decimal commas, such as \"de\" or \"es\")",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("3,5", "en")).getMessage());
        // "a few more" and "several times" say how many more or how often, not how many
        // letters that are a currency's sign only before a number
        assertEquals("malformed number \"Tk\"", assertThrows(IllegalArgumentException.class, () -> Amounts.read("Tk", "en")).getMessage());
        assertEquals("malformed number \"a few more\"", assertThrows(IllegalArgumentException.class, () -> Amounts.read("a few more", "en")).getMessage());
        assertEquals("malformed number \"several times\"", assertThrows(IllegalArgumentException.class, () -> Amounts.read("several times", "en")).getMessage());
        assertEquals("malformed number \"a couple of dozen\"", assertThrows(IllegalArgumentException.class, () -> Amounts.read("a couple of dozen", "en")).getMessage());
        // 万一 ("in case") and 亿万 (countless) are no bare magnitude
        assertEquals("malformed number \"万一\"", assertThrows(IllegalArgumentException.class, () -> Amounts.read("万一", "zh")).getMessage());
        assertEquals("malformed number \"亿万\"", assertThrows(IllegalArgumentException.class, () -> Amounts.read("亿万", "zh")).getMessage());
        // an excess, not a bound: the value is written without it
        assertEquals("malformed number \"超出500万元\"",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("超出500万元", "zh")).getMessage());
    }

    @Test
    void refusesFiguresNoQuantityReaches() {
        String huge = "9".repeat(300);
        assertEquals("number too large \"" + "9".repeat(37) + "…\": more than 10^18",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read(huge, "en")).getMessage());
        assertEquals("number too large \"5000000万亿\": more than 10^18",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("5000000万亿", "zh")).getMessage());
        assertEquals("number too large \"" + "1" + "0".repeat(36) + "…\": more than 10^18",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("1" + "0".repeat(299) + " billion", "en")).getMessage());
        // a power of ten of any length is one: 10^400 is too large, not the number 1 in units of "e400 yuan"
        assertEquals("number too large \"1e400 yuan\": more than 10^18",
                assertThrows(Amounts.TooLarge.class, () -> Amounts.read("1e400 yuan", "en")).getMessage());
        assertEquals("number too large \"2e123456789 yuan\": more than 10^18",
                assertThrows(Amounts.TooLarge.class, () -> Amounts.read("2e123456789 yuan", "en")).getMessage());
        // and one far below any quantity is no 0
        assertEquals("number too small \"1e-400\": less than 10^-18 and not 0",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("1e-400", "en")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Amounts.read("2e-123456789", "en"));
    }

    @Test
    void refusesRangesThatRunBackwards() {
        assertEquals("range \"600~500亿\": it runs from high to low; write the lower end first",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("600~500亿", "zh")).getMessage());
        assertEquals("range \"2% to 3 people\": the two ends have different units (percent, people)",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("2% to 3 people", "en")).getMessage());
    }

    @Test
    void qualifiersFromAClaimWidenTheFigure() {
        var p = Amounts.read("1.3万亿", "zh");
        assertEquals(Set.of(), p.qualifiers());
        Quantity plain = p.quantity("USD", null);
        assertEquals(1.25e12, plain.low(), 1);
        assertEquals(1.35e12, plain.high(), 1);
        assertEquals("1.3万亿", plain.statedAs());
        Quantity more = p.qualified(EnumSet.of(Qualifier.MORE_THAN), Settings.DEFAULTS).quantity("USD", null);
        assertEquals(1.3e12, more.low(), 1);
        assertEquals(INF, more.high());
        Quantity upTo = p.qualified(EnumSet.of(Qualifier.UP_TO), Settings.DEFAULTS).quantity("USD", "year");
        assertEquals(Double.NEGATIVE_INFINITY, upTo.low());
        assertEquals(1.35e12, upTo.high(), 1);
        assertEquals("year", upTo.per());
        var about = Amounts.read("5,000", "en").qualified(EnumSet.of(Qualifier.ABOUT), Settings.DEFAULTS);
        assertEquals(4950 - 250, about.low(), 1e-9);
        assertEquals(5050 + 250, about.high(), 1e-9);
        var floorWins = p.qualified(EnumSet.of(Qualifier.UP_TO, Qualifier.CONSERVATIVE_ESTIMATE), Settings.DEFAULTS);
        assertEquals(1.25e12, floorWins.low(), 1);
        assertEquals(INF, floorWins.high());
        var wider = Amounts.read("5,000", "en", new Settings(0.1, 0.1, 0.66, 3, 0.4, 0.01, 0.5, 2)).qualified(EnumSet.of(Qualifier.ABOUT),
                new Settings(0.1, 0.1, 0.66, 3, 0.4, 0.01, 0.5, 2));
        assertEquals(4950 - 500, wider.low(), 1e-9);
        var odd = Amounts.read("3000多億", "zh-Hant").qualified(EnumSet.of(Qualifier.ABOUT), Settings.DEFAULTS);
        assertEquals(4e11, odd.high(), 1);
        assertEquals(EnumSet.of(Qualifier.MORE_THAN, Qualifier.ABOUT), odd.qualifiers());
        // a fall of almost 17% falls short of 17% toward zero, and almost 17 stays below 17
        var fall = Amounts.read("-17", "en").qualified(EnumSet.of(Qualifier.ALMOST), Settings.DEFAULTS);
        assertEquals(-17, fall.low(), 1e-9);
        assertEquals(-15.3, fall.high(), 1e-9);
        var rise = Amounts.read("17", "en").qualified(EnumSet.of(Qualifier.ALMOST), Settings.DEFAULTS);
        assertEquals(15.3, rise.low(), 1e-9);
        assertEquals(17, rise.high(), 1e-9);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = ';', value = {"none; en", "None; en", "nil; en", "nothing; en", " nothing ; en", "nada; es", "ninguno; es",
            "无; zh", "没有; zh", "無; zh-Hant", "沒有; zh-Hant"})
    void wordsForNothingAreExactlyZero(String figure, String lang) {
        var a = Amounts.read(figure, lang);
        assertTrue(a.nothing(), a.toString());
        assertEquals(0, a.value());
        assertEquals(0, a.low());
        assertEquals(0, a.high());
        assertNull(a.unit());
        assertEquals(Set.of(), a.qualifiers());
        // stored as a quantity with both ends at 0, and a qualifier that only labels the figure leaves it so
        Quantity q = a.qualified(EnumSet.of(Qualifier.ESTIMATE), Settings.DEFAULTS).quantity("Mt", null);
        assertEquals(0, q.low());
        assertEquals(0, q.high());
        assertEquals(figure, q.statedAs());
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = ';', value = {"0; en; -0.5; 0.5", "0%; en; -0.5; 0.5", "zero; en; -0.5; 0.5", "零; zh; -0.5; 0.5",
            "0.0; en; -0.05; 0.05"})
    void numeralsForZeroKeepTheirPrecision(String figure, String lang, double low, double high) {
        var a = Amounts.read(figure, lang);
        assertFalse(a.nothing(), a.toString());
        assertEquals(0, a.value());
        near(low, a.low(), figure + " low");
        near(high, a.high(), figure + " high");
    }

    @Test
    void aWordForNothingTakesNoCueThatSizesIt() {
        assertEquals("\"almost nothing\" is a word for nothing, exactly 0, and takes no qualifier that sizes it (about, more than, almost …);"
                        + " write the figure instead (\"less than 1%\", \"0\")",
                assertThrows(IllegalArgumentException.class, () -> Amounts.read("almost nothing", "en")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Amounts.read("about none", "en"));
        assertThrows(IllegalArgumentException.class, () -> Amounts.read("近无", "zh"));
        // a word for nothing is the whole figure, not a number in a range or before a unit word
        assertThrows(IllegalArgumentException.class, () -> Amounts.read("none to 5", "en"));
        assertThrows(IllegalArgumentException.class, () -> Amounts.read("nothing much", "en"));
        assertThrows(IllegalArgumentException.class, () -> Amounts.read("nonexistent", "en"));
    }

    @Test
    void boundsAreReckonedInDecimal() {
        assertEquals(1.35, Amounts.read("1.4%", "en").low());
        assertEquals(10.85, Amounts.read("10.8%", "en").high());
    }

    @Test
    void yenIsJapaneseInJapanese() {
        assertEquals("JPY", Amounts.read("¥500 billion", "ja").unit());
        assertEquals("CNY", Amounts.read("¥500 billion", "zh").unit());
        assertNull(Amounts.read("500", "zh").unit());
    }
}
