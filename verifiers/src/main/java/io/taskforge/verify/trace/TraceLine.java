package io.taskforge.verify.trace;

/**
 * One step line of a trace answer, after its decoration was stripped.
 *
 * @param lineNumber the line's number in the answer text, from 1
 * @param step the step's number, from 1 (blank and skipped lines do not count)
 * @param text the step without numbering, bullets or surrounding space; the task's step grammar
 *     reads it
 */
public record TraceLine(int lineNumber, int step, String text) {}
