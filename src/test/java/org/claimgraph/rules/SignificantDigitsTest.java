package org.claimgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many significant digits a figure is written with decides whether it is read as a round one. */
class SignificantDigitsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {"5,105MW; 4", "576,604 km²; 6", "0.558; 3", "20,000; 1", "$5.1 billion; 2", "12.0; 3",
            "about 2,500 people; 2", "4,993.92MW; 6", "0.05; 1", "NT$560M; 2", "about; 0", "百分之三十; 0"})
    void countsTheDigitsOfTheFirstNumeral(String stated, int digits) {
        assertEquals(digits, Bounds.significantDigits(stated));
    }
}
