package io.taskforge.datasets.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Instance;
import io.taskforge.core.Json;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A verifier in another program, spoken to in JSON Lines over its standard input and output.
 *
 * <p>For each response to score, one line goes to the program:
 * {@code {"id": "...", "task": "...", "problem": {...}, "response": "..."}}, and one line must come
 * back: {@code {"id": "...", "score": 0.0..1.0}} (an optional {@code "reason"} string is shown in
 * reports; other fields are ignored). One request is in flight per process; with several threads,
 * each has its own process. Output lines must be answers: log to standard error, which is kept (its
 * end) for crash reports.
 *
 * <p>A process that exits, breaks the protocol or does not answer within the time bound gives a
 * failed judgement and is restarted (killed first, with its children) for the next request; the
 * first answer after a start may take a further {@link #STARTUP_GRACE} (interpreters and JVMs start
 * slowly; the allowance can be changed). After {@link #MAX_CRASHES} starts in a row without an answer
 * (or {@link #MAX_STARTS_NEVER_ANSWERED} when it never answered at all), it is not started again.
 */
public final class ExternalJudge implements Judge {
  public static final Duration STARTUP_GRACE = Duration.ofSeconds(30);
  public static final int MAX_CRASHES = 5;
  /** Starts without an answer after which a program that never answered at all is given up. */
  public static final int MAX_STARTS_NEVER_ANSWERED = 2;
  private static final int STDERR_TAIL = 1500;
  private static final double EPSILON = 1e-9;

  private final String command;
  private final Duration startupGrace;
  private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
  private final List<Worker> workers = new ArrayList<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong answers = new AtomicLong();
  private volatile String lastCrash;

  private ExternalJudge(String command, Duration startupGrace) {
    this.command = command;
    this.startupGrace = startupGrace;
  }

  /** A judge running {@code command} with the system shell, started when first needed. */
  public static ExternalJudge of(String command) {
    return of(command, STARTUP_GRACE);
  }

  /** Likewise, with another allowance for the first answer after each start. */
  public static ExternalJudge of(String command, Duration startupGrace) {
    if (command == null || command.isBlank()) {
      throw new IllegalArgumentException("the external verifier command is empty");
    }
    return new ExternalJudge(command, startupGrace);
  }

  public String command() {
    return command;
  }

  @Override
  public String describe() {
    return "external verifier '" + command + "'";
  }

  /** Answers received so far. */
  public long answers() {
    return answers.get();
  }

  /**
   * Why the program cannot be used at all, when it never answered and is no longer restarted:
   * a wrong command rather than a wrong verifier.
   */
  @Override
  public Optional<String> unusable() {
    boolean givenUp = false;
    synchronized (workers) {
      for (Worker w : workers) {
        givenUp |= w.crashes >= crashLimit();
      }
    }
    if (givenUp && answers.get() == 0) {
      return Optional.of("the external verifier '" + command + "' never answered: " + lastCrash);
    }
    return Optional.empty();
  }

  @Override
  public Judgement judge(Instance instance, String response, Duration limit) {
    Worker w = idle.poll();
    if (w == null) {
      w = new Worker();
      synchronized (workers) {
        workers.add(w);
      }
    }
    try {
      return w.ask(instance, response, limit);
    } finally {
      idle.add(w);
    }
  }

  @Override
  public void close() {
    synchronized (workers) {
      for (Worker w : workers) {
        w.stop();
      }
    }
  }

  private int crashLimit() {
    return answers.get() == 0 ? MAX_STARTS_NEVER_ANSWERED : MAX_CRASHES;
  }

  static List<String> shell(String command) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    return windows ? List.of("cmd.exe", "/c", command) : List.of("/bin/sh", "-c", command);
  }

  /** Escapes unpaired surrogates as JSON {@code \\u} escapes, so that the line is valid UTF-8. */
  static String escapeLoneSurrogates(String json) {
    StringBuilder sb = null;
    int copied = 0;
    int n = json.length();
    for (int i = 0; i < n; i++) {
      char c = json.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(json.charAt(i + 1))) {
        i++; // a valid pair
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(n + 1024);
      }
      sb.append(json, copied, i).append("\\u")
          .append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
      copied = i + 1;
    }
    return sb == null ? json : sb.append(json, copied, n).toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static final String EOF = new String("<eof>");

  /** One process, used by one thread at a time. */
  private final class Worker {
    private Process process;
    private BlockingQueue<String> lines;
    private StringBuffer stderr;
    private Thread stderrReader;
    private ExecutorService writer;
    private boolean answeredSinceStart;
    /** Starts in a row that ended without an answer. */
    int crashes;
    private Object lastInstance;
    private String lastProblemJson;

    Judgement ask(Instance instance, String response, Duration limit) {
      long start = System.nanoTime();
      if (crashes >= crashLimit()) {
        return Judgement.failed("the external verifier was not restarted after " + crashes
            + " starts in a row without an answer (last: " + lastCrash + ")", 0);
      }
      boolean fresh = false;
      if (process == null || !process.isAlive()) {
        if (process != null) {
          crashed("it had exited with code " + exitCode());
        }
        try {
          startProcess();
          fresh = true;
        } catch (IOException e) {
          crashes = MAX_CRASHES;
          lastCrash = "it cannot be started: " + e.getMessage();
          return Judgement.failed("the external verifier " + lastCrash, System.nanoTime() - start);
        }
      }
      String id = instance.id() + "#" + requests.incrementAndGet();
      byte[] line;
      try {
        line = request(id, instance, response);
      } catch (JsonProcessingException e) {
        return Judgement.failed("the request could not be written as JSON: " + e.getOriginalMessage(), 0);
      }
      OutputStream in = process.getOutputStream();
      writer.submit(() -> {
        try {
          in.write(line);
          in.flush();
        } catch (IOException e) {
          // the process is gone or closed its input: seen as end of its output below
        }
        return null;
      });
      long deadline = start + limit.toNanos() + (fresh ? startupGrace.toNanos() : 0);
      while (true) {
        String got;
        try {
          got = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          kill();
          return Judgement.failed("interrupted", System.nanoTime() - start);
        }
        long took = System.nanoTime() - start;
        if (got == null) {
          kill();
          crashed("it did not answer within " + Durations.show(limit));
          return Judgement.failed("no answer from the external verifier within " + Durations.show(limit)
              + " (it was killed and will be restarted)", took);
        }
        if (got == EOF) {
          String why = "it exited with code " + exitCode() + " before answering" + stderrTail();
          kill();
          crashed(why);
          return Judgement.failed("the external verifier crashed: " + why, took);
        }
        if (got.isBlank()) {
          continue;
        }
        return answer(id, got, took);
      }
    }

    private Judgement answer(String id, String line, long took) {
      JsonNode n;
      try {
        n = Json.MAPPER.readTree(line);
      } catch (IOException e) {
        n = null;
      }
      if (n == null || !n.isObject()) {
        kill();
        return Judgement.failed("the external verifier wrote a line that is not a JSON object: "
            + Shown.text(line, 80) + " (it was restarted)", took);
      }
      JsonNode gotId = n.get("id");
      if (gotId == null || !gotId.isTextual() || !gotId.textValue().equals(id)) {
        kill();
        return Judgement.failed("the external verifier answered id " + (gotId == null ? "(none)" : gotId.toString())
            + " to request " + id + " (it was restarted)", took);
      }
      answeredSinceStart = true;
      crashes = 0;
      answers.incrementAndGet();
      JsonNode score = n.get("score");
      if (score == null || !score.isNumber()) {
        return Judgement.failed("the external verifier's answer has no numeric score: " + Shown.text(line, 80), took);
      }
      double s = score.doubleValue();
      if (!(s >= -EPSILON && s <= 1 + EPSILON)) {
        return Judgement.failed("the external verifier gave score " + score + ", outside [0, 1]", took);
      }
      JsonNode reasonNode = n.get("reason");
      String reason = reasonNode != null && reasonNode.isTextual() && !reasonNode.textValue().isBlank()
          ? reasonNode.textValue() : "external score " + score;
      Verdict v;
      if (s >= 1 - EPSILON) {
        v = Verdict.correct(reason);
      } else if (s <= EPSILON) {
        v = Verdict.of(Status.WRONG, reason);
      } else {
        v = Verdict.partial(s, Status.WRONG, reason);
      }
      return Judgement.of(v, took);
    }

    private byte[] request(String id, Instance instance, String response) throws JsonProcessingException {
      if (lastInstance != instance) {
        lastProblemJson = Json.MAPPER.writeValueAsString(instance.problem());
        lastInstance = instance;
      }
      StringBuilder sb = new StringBuilder(lastProblemJson.length() + response.length() + 128);
      sb.append("{\"id\":").append(Json.MAPPER.writeValueAsString(id))
          .append(",\"task\":").append(Json.MAPPER.writeValueAsString(instance.task()))
          .append(",\"problem\":").append(lastProblemJson)
          .append(",\"response\":").append(Json.MAPPER.writeValueAsString(response))
          .append("}\n");
      return escapeLoneSurrogates(sb.toString()).getBytes(StandardCharsets.UTF_8);
    }

    private void startProcess() throws IOException {
      ProcessBuilder pb = new ProcessBuilder(shell(command));
      process = pb.start();
      answeredSinceStart = false;
      lines = new LinkedBlockingQueue<>();
      stderr = new StringBuffer();
      writer = Executors.newSingleThreadExecutor(r -> daemon(r, "taskforge-external-in"));
      BlockingQueue<String> sink = lines;
      InputStream out = process.getInputStream();
      daemon(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
          String s;
          while ((s = r.readLine()) != null) {
            sink.add(s);
          }
        } catch (IOException e) {
          // closed: end of output
        }
        sink.add(EOF);
      }, "taskforge-external-out").start();
      StringBuffer err = stderr;
      InputStream errStream = process.getErrorStream();
      stderrReader = daemon(() -> {
        byte[] buf = new byte[4096];
        try {
          int n;
          while ((n = errStream.read(buf)) > 0) {
            err.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            if (err.length() > 4 * STDERR_TAIL) {
              err.delete(0, err.length() - STDERR_TAIL);
            }
          }
        } catch (IOException e) {
          // closed
        }
      }, "taskforge-external-err");
      stderrReader.start();
    }

    private void crashed(String why) {
      lastCrash = why;
      if (!answeredSinceStart) {
        crashes++;
      }
      answeredSinceStart = false;
    }

    private String exitCode() {
      try {
        if (process.waitFor(2, TimeUnit.SECONDS)) {
          return String.valueOf(process.exitValue());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "(none: still running)";
    }

    /** The end of what the program wrote to standard error (call after it exited). */
    private String stderrTail() {
      try {
        stderrReader.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      String s = stderr.toString().strip();
      if (s.isEmpty()) {
        return "";
      }
      if (s.length() > 300) {
        s = "..." + s.substring(s.length() - 300);
      }
      return "; its standard error ends: " + Shown.text(s, 320);
    }

    /** Kills the process and its children (they are ours), and forgets it. */
    void kill() {
      if (process == null) {
        return;
      }
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.waitFor(2, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      writer.shutdownNow();
      process = null;
    }

    /** Closes the program's input (its cue to finish), then kills what is left. */
    void stop() {
      if (process == null) {
        return;
      }
      try {
        process.getOutputStream().close();
        process.waitFor(2, TimeUnit.SECONDS);
      } catch (IOException e) {
        // already gone
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      kill();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
