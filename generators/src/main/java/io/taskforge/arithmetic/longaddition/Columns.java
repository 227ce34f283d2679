package io.taskforge.arithmetic.longaddition;

import io.taskforge.arithmetic.digits.Digits;
import java.util.ArrayList;
import java.util.List;

/** The generator's column addition: the reference trace and the facts behind it. */
final class Columns {
  private final List<String> trace;
  private final List<Integer> sums;
  private final List<Integer> carries;
  private final String result;

  private Columns(List<String> trace, List<Integer> sums, List<Integer> carries, String result) {
    this.trace = trace;
    this.sums = sums;
    this.carries = carries;
    this.result = result;
  }

  /** Adds {@code addends}, the longest of which has {@code width} digits, column by column. */
  static Columns add(List<String> addends, int width) {
    List<String> trace = new ArrayList<>(width);
    List<Integer> sums = new ArrayList<>(width);
    List<Integer> carries = new ArrayList<>(width);
    char[] written = new char[width];
    int carry = 0;
    StringBuilder line = new StringBuilder(16 + 4 * addends.size());
    for (int place = 0; place < width; place++) {
      line.setLength(0);
      line.append("column ").append(place + 1).append(": ");
      int total = carry;
      boolean first = true;
      for (String a : addends) {
        if (place < a.length()) {
          int d = Digits.digitAt(a, place);
          total += d;
          if (!first) {
            line.append(" + ");
          }
          line.append(d);
          first = false;
        }
      }
      if (carry > 0) {
        line.append(" + ").append(carry);
      }
      int digit = total % 10;
      carry = total / 10;
      line.append(" = ").append(total).append(", write ").append(digit).append(", carry ").append(carry);
      trace.add(line.toString());
      sums.add(total);
      carries.add(carry);
      written[width - 1 - place] = (char) ('0' + digit);
    }
    String digits = new String(written);
    String result = carry > 0 ? carry + digits : stripZeros(digits);
    return new Columns(List.copyOf(trace), List.copyOf(sums), List.copyOf(carries), result);
  }

  private static String stripZeros(String s) {
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }

  List<String> trace() {
    return trace;
  }

  List<Integer> sums() {
    return sums;
  }

  List<Integer> carries() {
    return carries;
  }

  String result() {
    return result;
  }

  int carryCount() {
    int n = 0;
    for (int c : carries) {
      n += c > 0 ? 1 : 0;
    }
    return n;
  }

  int maxCarry() {
    int m = 0;
    for (int c : carries) {
      m = Math.max(m, c);
    }
    return m;
  }
}
