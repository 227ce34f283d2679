package io.taskforge.planning.grid;

/**
 * Where the walker is and which keys it holds.
 *
 * @param cell the walker's cell, row-major ({@code row * width + column})
 * @param keys the colours of the keys held, one bit per colour ({@code 1 << (letter - 'a')})
 */
public record GridState(int cell, int keys) {}
