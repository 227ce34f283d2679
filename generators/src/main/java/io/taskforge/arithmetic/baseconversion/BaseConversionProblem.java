package io.taskforge.arithmetic.baseconversion;

/**
 * A number to convert from one base to another.
 *
 * @param number the number's digits in {@code fromBase}, most significant first, digits above 9 as
 *     upper-case letters ({@code A} = 10, ..., {@code Z} = 35), no sign and no leading zero
 * @param fromBase the base it is written in, 2 to 36
 * @param toBase the base to write it in, 2 to 36, not {@code fromBase}
 * @param mode {@code final} (only the converted number is scored) or {@code trace} (the work is scored)
 */
public record BaseConversionProblem(String number, int fromBase, int toBase, String mode) {}
