package io.taskforge.datasets.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation report as one self-contained HTML page: inline CSS and SVG charts, no scripts and
 * no network. One chart per task: accuracy and mean score against level, the 50% line, and the
 * level where accuracy crosses it.
 */
public final class ReportHtml {
  private static final int W = 560;
  private static final int H = 300;
  private static final int LEFT = 56;
  private static final int RIGHT = 24;
  private static final int TOP = 20;
  private static final int BOTTOM = 48;

  private ReportHtml() {}

  @SuppressWarnings("unchecked")
  public static String render(Map<String, Object> r) {
    Map<String, Object> pack = (Map<String, Object>) r.get("pack");
    String title = pack.get("name") + " " + pack.get("version");
    StringBuilder sb = new StringBuilder(32_768);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Evaluation of ").append(esc(title)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:64rem;padding:0 1rem;color:#1d2430}\n")
        .append("h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.2rem}h3{font-size:1.05rem}\n")
        .append("table{border-collapse:collapse;margin:.6rem 0 1.2rem}th,td{padding:.25rem .7rem;border-bottom:1px solid #dde2ea;text-align:right}\n")
        .append("th:first-child,td:first-child{text-align:left}th{background:#f3f5f9}\n")
        .append(".muted{color:#5b6575}.chart{display:block;margin:.4rem 0}.task{margin-bottom:2rem}\n")
        .append("svg text{font-size:12px;fill:#1d2430}.axis{stroke:#1d2430}.grid{stroke:#e3e7ee}.half{stroke:#c2410c;stroke-dasharray:5 4}\n")
        .append(".accuracy{fill:none;stroke:#2563eb;stroke-width:2.5}.mean-score{fill:none;stroke:#16a34a;stroke-width:2;stroke-dasharray:6 4}\n")
        .append(".point{fill:#2563eb}.crossing{stroke:#c2410c;stroke-width:1.5}\n")
        .append("</style>\n</head>\n<body>\n");
    sb.append("<h1>Evaluation of ").append(esc(title)).append("</h1>\n");
    Map<String, Object> overall = (Map<String, Object>) r.get("overall");
    sb.append("<p>").append(fmt((Long) r.get("answered"))).append(" of ").append(fmt((Long) r.get("records")))
        .append(" records answered. Accuracy <strong>").append(pct(overall.get("accuracy"))).append("</strong>, mean score ")
        .append(num(overall.get("mean_score"))).append(".</p>\n");
    sb.append("<p class=\"muted\">Canary GUID ").append(esc(String.valueOf(pack.get("canary")))).append("</p>\n");

    sb.append("<h2>By split</h2>\n<table id=\"splits\"><tr><th>split</th><th>records</th><th>answered</th><th>accuracy</th><th>mean score</th></tr>\n");
    for (Map<String, Object> s : (List<Map<String, Object>>) r.get("splits")) {
      sb.append("<tr><td>").append(esc((String) s.get("split"))).append("</td><td>").append(fmt((Long) s.get("records")))
          .append("</td><td>").append(fmt((Long) s.get("count"))).append("</td><td>").append(pct(s.get("accuracy")))
          .append("</td><td>").append(num(s.get("mean_score"))).append("</td></tr>\n");
    }
    sb.append("</table>\n");

    sb.append("<h2>Accuracy against level, by task</h2>\n");
    for (Map<String, Object> t : (List<Map<String, Object>>) r.get("tasks")) {
      String task = (String) t.get("task");
      sb.append("<section class=\"task\" data-task=\"").append(esc(task)).append("\">\n<h3>").append(esc(task)).append("</h3>\n");
      sb.append("<p>").append(fmt((Long) t.get("count"))).append(" answered, accuracy ").append(pct(t.get("accuracy")))
          .append(", mean score ").append(num(t.get("mean_score"))).append(". ");
      Object crossing = t.get("crossing_50");
      if (crossing != null) {
        sb.append("Accuracy crosses 50% at level <strong class=\"crossing-level\">")
            .append(String.format(Locale.ROOT, "%.1f", (Double) crossing)).append("</strong>.");
      } else {
        sb.append("No 50% crossing: ").append(esc((String) t.get("crossing_note"))).append('.');
      }
      sb.append("</p>\n");
      chart(sb, task, (List<Map<String, Object>>) t.get("levels"), (Double) crossing);
      sb.append("<table class=\"levels\"><tr><th>level</th><th>answered</th><th>correct</th><th>accuracy</th><th>mean score</th></tr>\n");
      for (Map<String, Object> l : (List<Map<String, Object>>) t.get("levels")) {
        sb.append("<tr><td>").append(l.get("level")).append("</td><td>").append(fmt((Long) l.get("count"))).append("</td><td>")
            .append(fmt((Long) l.get("correct"))).append("</td><td>").append(pct(l.get("accuracy"))).append("</td><td>")
            .append(num(l.get("mean_score"))).append("</td></tr>\n");
      }
      sb.append("</table>\n</section>\n");
    }

    sb.append("<h2>By split, task and level</h2>\n<table id=\"detail\"><tr><th>split</th><th>task</th><th>level</th><th>answered</th><th>accuracy</th><th>mean score</th></tr>\n");
    for (Map<String, Object> s : (List<Map<String, Object>>) r.get("splits")) {
      for (Map<String, Object> t : (List<Map<String, Object>>) s.get("tasks")) {
        for (Map<String, Object> l : (List<Map<String, Object>>) t.get("levels")) {
          sb.append("<tr><td>").append(esc((String) s.get("split"))).append("</td><td>").append(esc((String) t.get("task")))
              .append("</td><td>").append(l.get("level")).append("</td><td>").append(fmt((Long) l.get("count")))
              .append("</td><td>").append(pct(l.get("accuracy"))).append("</td><td>").append(num(l.get("mean_score"))).append("</td></tr>\n");
        }
      }
    }
    sb.append("</table>\n");
    Map<String, Long> statuses = (Map<String, Long>) r.get("statuses");
    sb.append("<h2>Verdicts</h2>\n<table id=\"statuses\"><tr><th>status</th><th>responses</th></tr>\n");
    statuses.forEach((k, v) -> sb.append("<tr><td>").append(esc(k)).append("</td><td>").append(fmt(v)).append("</td></tr>\n"));
    sb.append("</table>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static double x(double level) {
    return LEFT + (level - 1) / 9.0 * (W - LEFT - RIGHT);
  }

  private static double y(double fraction) {
    return TOP + (1 - fraction) * (H - TOP - BOTTOM);
  }

  private static void chart(StringBuilder sb, String task, List<Map<String, Object>> levels, Double crossing) {
    sb.append("<svg class=\"chart\" role=\"img\" width=\"").append(W).append("\" height=\"").append(H)
        .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" aria-label=\"accuracy against level for ")
        .append(esc(task)).append("\">\n");
    for (int p = 0; p <= 100; p += 25) {
      double yy = y(p / 100.0);
      sb.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", p == 50 ? "half" : "grid",
          LEFT, yy, W - RIGHT, yy));
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d%%</text>%n", LEFT - 6, yy + 4, p));
    }
    sb.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM));
    sb.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n", LEFT, TOP, LEFT, H - BOTTOM));
    for (int l = 1; l <= 10; l++) {
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>", x(l), H - BOTTOM + 16, l));
    }
    sb.append(String.format(Locale.ROOT, "%n<text x=\"%d\" y=\"%d\" text-anchor=\"end\">level</text>%n", W - RIGHT, H - 8));
    List<String> acc = new ArrayList<>();
    List<String> mean = new ArrayList<>();
    for (Map<String, Object> l : levels) {
      int level = (Integer) l.get("level");
      if (level < 1 || level > 10) {
        continue;
      }
      acc.add(String.format(Locale.ROOT, "%.1f,%.1f", x(level), y((Double) l.get("accuracy"))));
      mean.add(String.format(Locale.ROOT, "%.1f,%.1f", x(level), y((Double) l.get("mean_score"))));
    }
    sb.append("<polyline class=\"mean-score\" points=\"").append(String.join(" ", mean)).append("\"/>\n");
    sb.append("<polyline class=\"accuracy\" points=\"").append(String.join(" ", acc)).append("\"/>\n");
    for (Map<String, Object> l : levels) {
      int level = (Integer) l.get("level");
      if (level < 1 || level > 10) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>level %d: accuracy %s of %s</title></circle>%n",
          x(level), y((Double) l.get("accuracy")), level, pct(l.get("accuracy")), fmt((Long) l.get("count"))));
    }
    if (crossing != null) {
      double cx = x(crossing);
      sb.append(String.format(Locale.ROOT, "<line class=\"crossing\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", cx, TOP, cx, H - BOTTOM));
      sb.append(String.format(Locale.ROOT, "<text class=\"crossing-label\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">50%% at level %.1f</text>%n",
          cx + (crossing > 7 ? -6 : 6), TOP + 14, crossing > 7 ? "end" : "start", crossing));
    }
    sb.append(String.format(Locale.ROOT, "<g class=\"legend\"><line class=\"accuracy\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
        + "<text x=\"%d\" y=\"%d\">accuracy</text><line class=\"mean-score\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
        + "<text x=\"%d\" y=\"%d\">mean score</text></g>%n",
        LEFT, H - 12, LEFT + 24, H - 12, LEFT + 30, H - 8, LEFT + 110, H - 12, LEFT + 134, H - 12, LEFT + 140, H - 8));
    sb.append("</svg>\n");
  }

  private static String pct(Object fraction) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * ((Number) fraction).doubleValue());
  }

  private static String num(Object v) {
    return String.format(Locale.ROOT, "%.3f", ((Number) v).doubleValue());
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
