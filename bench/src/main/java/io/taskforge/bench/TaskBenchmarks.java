package io.taskforge.bench;

import io.taskforge.core.Instance;
import io.taskforge.core.Params;
import java.util.LinkedHashMap;
import java.util.Map;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import io.taskforge.core.Tasks;
import io.taskforge.datasets.InstanceFactory;
import io.taskforge.datasets.Jsonl;
import io.taskforge.templates.TemplateRenderer;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the three stages per task at a level: problem generation, the whole instance
 * (render + JSON line), and verification of the gold answer. Run with
 * {@code java -jar bench/target/benchmarks.jar}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class TaskBenchmarks {
  @Param({"arithmetic.expression", "logic.knights-knaves", "planning.blocksworld"})
  public String task;

  @Param({"5"})
  public int level;

  /** Params over the level's, as {@code NAME=VALUE[,NAME=VALUE]}, e.g. {@code -p overrides=mode=trace}; "-" for none. */
  @Param({"-"})
  public String overrides;

  private Task<?> t;
  private Params params;
  private InstanceFactory factory;
  private Instance[] instances;
  private long index;

  @Setup(Level.Trial)
  public void setUp() {
    t = Tasks.get(task);
    Map<String, String> extra = new LinkedHashMap<>();
    if (!overrides.equals("-")) {
      for (String kv : overrides.split(",")) {
        int eq = kv.indexOf('=');
        extra.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
      }
    }
    params = t.resolve(level, extra);
    factory = new InstanceFactory(t, params, level, 1, TemplateRenderer.DEFAULT, new TemplateRenderer());
    instances = new Instance[1024];
    for (int i = 0; i < instances.length; i++) {
      instances[i] = factory.make(i);
    }
  }

  @Benchmark
  public Object generateProblem() {
    long i = index++;
    return t.generate(params, new Rng(Seeds.instanceSeed(t.id(), t.version(), params, 1, i)));
  }

  @Benchmark
  public byte[] generateInstanceLine() {
    return Jsonl.line(factory.make(index++));
  }

  @Benchmark
  public Verdict verifyGold() {
    Instance inst = instances[(int) (index++ & 1023)];
    return Verifiers.verify(inst.task(), inst.problem(), inst.answer());
  }
}
