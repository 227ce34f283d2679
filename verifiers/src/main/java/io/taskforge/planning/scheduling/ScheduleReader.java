package io.taskforge.planning.scheduling;

import java.util.Locale;

/**
 * Reads one line of a schedule answer, as {@link SchedulingTask#answerFormat()} documents:
 * {@code [bullet or number] [Meeting] ID [:] [on] DAY [,] [from|at] TIME [am|pm] SEP TIME [am|pm] [.|;]},
 * where emphasis and code marks ({@code * _ `}) are ignored anywhere, DAY is a weekday in full or its
 * first three letters, TIME is {@code H:MM} or {@code HH:MM} and SEP is {@code -}, an en or em dash,
 * {@code to} or {@code until}. A single left-to-right scan over tokens; no regular expressions.
 */
final class ScheduleReader {
  private static final String[] WEEK = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

  /** A read line: the meeting's id text, its weekday (0 = Monday), start and end in minutes; or an error. */
  record Entry(String meeting, int weekday, int start, int end, String error) {
    static Entry error(String why) {
      return new Entry(null, -1, -1, -1, why);
    }
  }

  private final String s;
  private final int end;
  private int pos;
  /** The current token: its text span and kind. */
  private int tokStart;
  private int tokEnd;
  private char kind; // 'w' word, 't' time, 'p' punctuation, 0 end of line

  private ScheduleReader(String s, int from, int to) {
    this.s = s;
    this.pos = from;
    this.end = to;
  }

  /** Reads {@code s[from, to)}, a line with no line break. */
  static Entry read(String s, int from, int to) {
    return new ScheduleReader(s, from, to).entry();
  }

  private Entry entry() {
    next();
    // bullet or number
    if (kind == 'p' && (is("-") || is("+") || is("\u2022") || is(">"))) {
      next();
    } else if (kind == 'w' && isDigits() && peekPunct('.', ')')) {
      next();
      next();
    }
    if (kind == 'w' && text().equalsIgnoreCase("meeting")) {
      next();
    }
    if (kind != 'w') {
      return Entry.error("expected a meeting's letter");
    }
    String meeting = text();
    next();
    if (kind == 'p' && is(":")) {
      next();
    }
    if (kind == 'w' && text().equalsIgnoreCase("on")) {
      next();
    }
    int weekday = kind == 'w' ? weekday(text()) : -1;
    if (weekday < 0) {
      return Entry.error("expected a day after the meeting's letter");
    }
    next();
    if (kind == 'p' && is(",")) {
      next();
    }
    if (kind == 'w' && (text().equalsIgnoreCase("from") || text().equalsIgnoreCase("at"))) {
      next();
    }
    int start = time();
    if (start < 0) {
      return Entry.error("expected a start time like 10:00 after the day");
    }
    boolean dash = kind == 'p' && (is("-") || is("\u2013") || is("\u2014"));
    boolean word = kind == 'w' && (text().equalsIgnoreCase("to") || text().equalsIgnoreCase("until"));
    if (!dash && !word) {
      return Entry.error("expected \"-\" or \"to\" between the start and end times");
    }
    next();
    int finish = time();
    if (finish < 0) {
      return Entry.error("expected an end time like 11:00");
    }
    if (kind == 'p' && (is(".") || is(";"))) {
      next();
    }
    if (kind != 0) {
      return Entry.error("unexpected text after the end time");
    }
    return new Entry(meeting, weekday, start, finish, null);
  }

  /** Reads a time (and an am/pm word after it) at the current token, in minutes; -1 when there is none. */
  private int time() {
    if (kind != 't') {
      return -1;
    }
    int colon = s.indexOf(':', tokStart);
    int hour = number(tokStart, colon);
    int minute = tokEnd - colon - 1 == 2 ? number(colon + 1, tokEnd) : -1;
    next();
    if (hour < 0 || minute < 0 || minute > 59) {
      return -1;
    }
    if (kind == 'w' && (text().equalsIgnoreCase("am") || text().equalsIgnoreCase("pm"))) {
      boolean pm = text().equalsIgnoreCase("pm");
      next();
      if (hour < 1 || hour > 12) {
        return -1;
      }
      hour = hour % 12 + (pm ? 12 : 0);
    } else if (hour > 23) {
      return -1;
    }
    return hour * 60 + minute;
  }

  /** The decimal value of s[from, to) (1 or 2 digits), or -1. */
  private int number(int from, int to) {
    if (to - from < 1 || to - from > 2) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static int weekday(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int d = 0; d < WEEK.length; d++) {
      if (w.equals(WEEK[d]) || w.equals(WEEK[d].substring(0, 3))) {
        return d;
      }
    }
    return -1;
  }

  private String text() {
    return s.substring(tokStart, tokEnd);
  }

  private boolean is(String punct) {
    return tokEnd - tokStart == punct.length() && s.startsWith(punct, tokStart);
  }

  private boolean isDigits() {
    for (int i = tokStart; i < tokEnd; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return tokEnd > tokStart && tokEnd - tokStart <= 3;
  }

  /** Whether the next character (after ignorable marks) is one of the given punctuation. */
  private boolean peekPunct(char a, char b) {
    int i = pos;
    while (i < end && isIgnored(s.charAt(i))) {
      i++;
    }
    return i < end && (s.charAt(i) == a || s.charAt(i) == b);
  }

  private static boolean isIgnored(char c) {
    return c == '*' || c == '_' || c == '`';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0';
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Advances to the next token: a word (letters and digits), a time (digits ':' digits) or one punctuation character. */
  private void next() {
    while (pos < end && (isSpace(s.charAt(pos)) || isIgnored(s.charAt(pos)))) {
      pos++;
    }
    tokStart = pos;
    if (pos >= end) {
      tokEnd = pos;
      kind = 0;
      return;
    }
    char c = s.charAt(pos);
    if (isDigit(c)) {
      int i = pos;
      while (i < end && isDigit(s.charAt(i))) {
        i++;
      }
      if (i + 1 < end && s.charAt(i) == ':' && isDigit(s.charAt(i + 1))) {
        int j = i + 1;
        while (j < end && isDigit(s.charAt(j))) {
          j++;
        }
        tokEnd = pos = j;
        kind = 't';
        return;
      }
    }
    if (isAlnum(c)) {
      int i = pos;
      if (isDigit(c)) {
        while (i < end && isDigit(s.charAt(i))) {
          i++;
        }
      } else {
        while (i < end && isAlnum(s.charAt(i))) {
          i++;
        }
      }
      tokEnd = pos = i;
      kind = 'w';
      return;
    }
    tokEnd = pos = pos + 1;
    kind = 'p';
  }
}
