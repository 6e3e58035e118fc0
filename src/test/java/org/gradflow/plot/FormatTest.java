package org.gradflow.plot;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.assertj.core.api.Assertions;

class FormatTest {

    @ParameterizedTest
    @CsvSource({
        "9.822360055857437E-12, 2, 9.8e−12",
        "1e6, 2, 1e6",
        "-999999.9999207106, 2, −1e6",
        "0.0995, 2, 0.1",
        "0.034, 2, 0.034",
        "305015.0961593534, 2, 3.1e5",
        "0.5, 3, 0.5",
        "1234.5, 3, 1235",
        "0, 2, 0",
        "-0.25, 2, −0.25",
    })
    void numbers(double value, int digits, String expected) {
        assertThat(Format.number(value, digits)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"950, 950", "1500, 1.5k", "20000, 20k", "10000000, 10M", "2500000, 2.5M", "0.5, 0.5"})
    void counts(double n, String expected) {
        assertThat(Format.count(n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"-16, 10⁻¹⁶", "0, 1", "1, 10", "8, 10⁸", "-4, 10⁻⁴"})
    void powersOfTen(int exponent, String expected) {
        assertThat(Format.powerOfTen(exponent)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "999, 999", "1000, '1,000'", "10000000, '10,000,000'", "-1234567, '-1,234,567'"})
    void grouped(long n, String expected) {
        assertThat(Format.grouped(n)).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void scientificReadsBackToTheValueWithinItsDigits(@ForAll @DoubleRange(min = -1e30, max = 1e30) double value,
                                                      @ForAll @IntRange(min = 1, max = 6) int digits) {
        if (value == 0) {
            return;
        }
        String text = Format.scientific(value, digits).replace('−', '-');
        double back = Double.parseDouble(text);
        // Rounding to d significant digits moves a value by at most half a unit in its last digit.
        assertThat(Math.abs(back - value)).isLessThanOrEqualTo(Math.abs(value) * 5 * Math.pow(10, -digits) * 1.0001);
        assertThat(text).doesNotContain("e+").doesNotContain("E");
    }

    @Property(tries = 2000)
    void fixedMatchesBigDecimalRounding(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
                                        @ForAll @IntRange(min = 0, max = 6) int decimals) {
        String expected = BigDecimal.valueOf(Math.abs(value) * Math.pow(10, decimals)).setScale(0,
                RoundingMode.HALF_UP).toPlainString();
        String text = Format.fixed(value, decimals).replace("−", "").replace(".", "");
        assertThat(Long.parseLong(text)).isCloseTo(Long.parseLong(expected), Assertions.within(1L));
    }
}
