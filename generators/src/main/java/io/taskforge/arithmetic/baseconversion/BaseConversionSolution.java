package io.taskforge.arithmetic.baseconversion;

import java.util.List;

/**
 * The gold conversion.
 *
 * @param trace the reference trace: Horner lines {@code acc × base + digit = value} while reading the
 *     number into base 10 (when it is not in base 10), then division lines
 *     {@code n ÷ base = q remainder r} while writing it in the target base (when that is not 10)
 * @param decimal the number's value in base 10
 * @param result the number in the target base
 */
public record BaseConversionSolution(List<String> trace, String decimal, String result) {}
