package io.taskforge.datasets.contamination;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import io.taskforge.datasets.pack.LongSet;
import io.taskforge.datasets.pack.Pack;
import io.taskforge.datasets.pack.PackException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.zip.GZIPInputStream;

/**
 * {@code contamination scan}: word n-gram overlap between every prompt of a pack and a reference
 * corpus.
 *
 * <p>The pack's n-grams are hashed into a set (the pack is the small side); the corpus is then
 * streamed once against it, in constant memory, however large. N-grams that occur in more than one
 * prompt of the pack are template text (instructions every prompt shares) and are left out, so a
 * corpus that quotes the instructions does not flag every record. A record is contaminated when at
 * least one of its own n-grams occurs in the corpus; its overlap is the fraction of its own
 * n-grams that do. The rate is the fraction of records contaminated. A record with no n-gram of
 * its own (every piece of it also occurs in other prompts, as in small combinatorial puzzles) is
 * contaminated only when all of its n-grams are in the corpus. A prompt shorter than n tokens is
 * not checked.
 */
public final class ContaminationScan {
  private ContaminationScan() {}

  /**
   * @param ngram tokens per n-gram
   * @param field for JSONL corpora: the field holding the text (dots for nested fields); null for plain text
   * @param top how many of the worst records to report
   */
  public record Options(int ngram, String field, int top) {
    public Options {
      if (ngram < 1 || ngram > 1000) {
        throw new PackException("--ngram must be an integer from 1 to 1000, got " + ngram);
      }
      if (top < 0) {
        throw new PackException("--top must be 0 or more, got " + top);
      }
    }
  }

  /** One of the worst records. */
  record Hit(String split, long line, String id, String task, int level, int matched, int ngrams, boolean whole) {
    double overlap() {
      return ngrams == 0 ? 0 : (double) matched / ngrams;
    }
  }

  private static final List<String> FIELDS = List.of("prompt", "id", "task", "level");

  public static Map<String, Object> scan(Path dir, List<Path> corpus, Options o) throws IOException {
    Pack pack = Pack.open(dir);
    for (Path c : corpus) {
      if (!Files.isRegularFile(c)) {
        throw new PackException("no such corpus file: " + c);
      }
    }
    int n = o.ngram();
    long estimate = 0;
    for (String s : pack.splits()) {
      estimate += pack.records(s);
    }
    LongSet grams = new LongSet((int) Math.min(estimate * 16, 1 << 20));
    LongSet shared = new LongSet();
    for (String split : pack.splits()) {
      pack.forEach(split, FIELDS, (line, v) -> {
        for (long g : distinct(Ngrams.of(v[0] == null ? "" : v[0], n))) {
          if (!grams.add(g)) {
            shared.add(g);
          }
        }
      });
    }

    LongSet found = new LongSet();
    List<Map<String, Object>> corpusInfo = new ArrayList<>();
    for (Path c : corpus) {
      long[] count = {0, 0};
      Ngrams stream = new Ngrams(n, g -> {
        count[0]++;
        if (grams.contains(g)) {
          found.add(g);
        }
      });
      try (InputStream in = open(c)) {
        if (o.field() == null) {
          stream.accept(new InputStreamReader(in, StandardCharsets.UTF_8));
        } else {
          readJsonl(c, in, o.field(), stream, count);
        }
      } catch (java.util.zip.ZipException e) {
        throw new PackException("corpus " + c + " is not a readable gzip file: " + e.getMessage());
      }
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("path", c.toString());
      info.put("ngrams", count[0]);
      if (o.field() != null) {
        info.put("records_without_field", count[1]);
      }
      corpusInfo.add(info);
    }

    Map<String, Object> splits = new LinkedHashMap<>();
    long[] totals = new long[4];
    PriorityQueue<Hit> worst = new PriorityQueue<>(WORST.reversed());
    for (String split : pack.splits()) {
      long[] s = new long[4]; // records, contaminated, too short, checked as a whole
      pack.forEach(split, FIELDS, (line, v) -> {
        String prompt = v[0] == null ? "" : v[0];
        long[] all = Ngrams.of(prompt, n);
        s[0]++;
        if (all.length == 0) {
          s[2]++;
          return;
        }
        long[] distinctAll = distinct(all);
        long[] own = Arrays.stream(distinctAll).filter(g -> !shared.contains(g)).toArray();
        boolean whole = own.length == 0;
        long[] counted = whole ? distinctAll : own;
        int matched = 0;
        for (long g : counted) {
          matched += found.contains(g) ? 1 : 0;
        }
        s[3] += whole ? 1 : 0;
        if (matched == 0 || (whole && matched < counted.length)) {
          return;
        }
        s[1]++;
        if (o.top() > 0) {
          worst.add(new Hit(split, line, v[1], v[2], v[3] == null ? 0 : Integer.parseInt(v[3]), matched, counted.length, whole));
          if (worst.size() > o.top()) {
            worst.poll();
          }
        }
      });
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("records", s[0]);
      m.put("contaminated", s[1]);
      m.put("rate", s[0] == 0 ? 0.0 : (double) s[1] / s[0]);
      m.put("too_short", s[2]);
      m.put("whole_prompt", s[3]);
      splits.put(split, m);
      for (int i = 0; i < 4; i++) {
        totals[i] += s[i];
      }
    }
    List<Hit> hits = new ArrayList<>(worst);
    hits.sort(WORST);
    Map<String, Map<Long, String>> prompts = new LinkedHashMap<>();
    for (Hit h : hits) {
      prompts.computeIfAbsent(h.split(), k -> new LinkedHashMap<>()).put(h.line(), null);
    }
    for (Map.Entry<String, Map<Long, String>> e : prompts.entrySet()) {
      pack.forEach(e.getKey(), List.of("prompt"), (line, v) -> {
        if (e.getValue().containsKey(line)) {
          e.getValue().put(line, v[0]);
        }
      });
    }
    List<Map<String, Object>> worstOut = new ArrayList<>();
    for (Hit h : hits) {
      worstOut.add(describe(h, prompts.get(h.split()).get(h.line()), n, shared, found));
    }

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("pack", pack.title());
    out.put("ngram", n);
    out.put("field", o.field());
    out.put("corpus", corpusInfo);
    out.put("pack_ngrams", (long) grams.size());
    out.put("template_ngrams", (long) shared.size());
    out.put("found_ngrams", (long) found.size());
    out.put("records", totals[0]);
    out.put("contaminated", totals[1]);
    out.put("rate", totals[0] == 0 ? 0.0 : (double) totals[1] / totals[0]);
    out.put("too_short", totals[2]);
    out.put("whole_prompt", totals[3]);
    out.put("splits", splits);
    out.put("worst", worstOut);
    return out;
  }

  private static final Comparator<Hit> WORST = Comparator.comparingDouble(Hit::overlap).reversed()
      .thenComparing(Comparator.comparingInt(Hit::matched).reversed())
      .thenComparing(Hit::split)
      .thenComparingLong(Hit::line);

  /** A worst record, with the first of its own n-grams that the corpus contains. */
  private static Map<String, Object> describe(Hit h, String prompt, int n, LongSet shared, LongSet found) {
    String excerpt = "";
    if (prompt != null) {
      long[] all = Ngrams.of(prompt, n);
      List<String> tokens = Ngrams.tokens(prompt);
      for (int i = 0; i < all.length; i++) {
        if (found.contains(all[i]) && (h.whole() || !shared.contains(all[i]))) {
          excerpt = String.join(" ", tokens.subList(i, i + n));
          break;
        }
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", h.id());
    m.put("split", h.split());
    m.put("line", h.line());
    m.put("task", h.task());
    m.put("level", h.level());
    m.put("overlap", h.overlap());
    m.put("matched_ngrams", h.matched());
    m.put("ngrams", h.ngrams());
    m.put("excerpt", excerpt);
    return m;
  }

  private static long[] distinct(long[] a) {
    long[] s = a.clone();
    Arrays.sort(s);
    int k = 0;
    for (int i = 0; i < s.length; i++) {
      if (i == 0 || s[i] != s[i - 1]) {
        s[k++] = s[i];
      }
    }
    return Arrays.copyOf(s, k);
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static void readJsonl(Path file, InputStream in, String field, Ngrams stream, long[] count) throws IOException {
    String[] path = field.split("\\.");
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    long number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = Json.MAPPER.readTree(line);
      } catch (IOException e) {
        throw new PackException("corpus " + file + " line " + number + " is not JSON; without --field, corpus files are read as plain text");
      }
      for (String p : path) {
        node = node == null ? null : node.get(p);
      }
      if (node == null || !node.isTextual()) {
        count[1]++;
        continue;
      }
      stream.accept(node.textValue());
      stream.reset();
    }
  }

  /** The report for a person. */
  @SuppressWarnings("unchecked")
  public static String render(Map<String, Object> r, Double maxRate) {
    StringBuilder sb = new StringBuilder();
    List<Map<String, Object>> corpus = (List<Map<String, Object>>) r.get("corpus");
    long corpusGrams = corpus.stream().mapToLong(c -> (Long) c.get("ngrams")).sum();
    sb.append(String.format(Locale.ROOT, "%s against %d corpus file%s (%,d %d-grams)%n", r.get("pack"), corpus.size(),
        corpus.size() == 1 ? "" : "s", corpusGrams, (Integer) r.get("ngram")));
    sb.append(String.format(Locale.ROOT, "pack %d-grams: %,d distinct, %,d of them shared by several prompts (template text, not counted)%n",
        (Integer) r.get("ngram"), (Long) r.get("pack_ngrams"), (Long) r.get("template_ngrams")));
    sb.append(String.format(Locale.ROOT, "%n%-16s %12s %13s %9s%n", "split", "records", "contaminated", "rate"));
    Map<String, Map<String, Object>> splits = (Map<String, Map<String, Object>>) r.get("splits");
    splits.forEach((name, s) -> sb.append(String.format(Locale.ROOT, "%-16s %,12d %,13d %8.3f%%%n", name, (Long) s.get("records"),
        (Long) s.get("contaminated"), 100 * (Double) s.get("rate"))));
    sb.append(String.format(Locale.ROOT, "%-16s %,12d %,13d %8.3f%%%n", "all", (Long) r.get("records"), (Long) r.get("contaminated"),
        100 * (Double) r.get("rate")));
    if ((Long) r.get("whole_prompt") > 0) {
      sb.append(String.format(Locale.ROOT, "(%,d records have no %d-gram of their own, only text that other prompts share: "
          + "they count as contaminated only when all their %d-grams are in the corpus)%n",
          (Long) r.get("whole_prompt"), (Integer) r.get("ngram"), (Integer) r.get("ngram")));
    }
    if ((Long) r.get("too_short") > 0) {
      sb.append(String.format(Locale.ROOT, "(%,d prompts have fewer than %d tokens and are not checked)%n",
          (Long) r.get("too_short"), (Integer) r.get("ngram")));
    }
    List<Map<String, Object>> worst = (List<Map<String, Object>>) r.get("worst");
    if (!worst.isEmpty()) {
      sb.append("\nworst records:\n");
      for (Map<String, Object> w : worst) {
        sb.append(String.format(Locale.ROOT, "  %5.1f%% (%d of %d %d-grams)  %s line %d  %s%n", 100 * (Double) w.get("overlap"),
            (Integer) w.get("matched_ngrams"), (Integer) w.get("ngrams"), (Integer) r.get("ngram"), w.get("split"), (Long) w.get("line"),
            w.get("id")));
        sb.append("         \"").append(w.get("excerpt")).append("\"\n");
      }
    }
    if (maxRate != null) {
      double rate = (Double) r.get("rate");
      sb.append(String.format(Locale.ROOT, "%nrate %.3f%% is %s --max-rate %.3f%%%n", 100 * rate, rate > maxRate ? "above" : "within",
          100 * maxRate));
    }
    return sb.toString();
  }
}
