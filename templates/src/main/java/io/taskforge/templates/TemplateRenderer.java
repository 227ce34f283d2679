package io.taskforge.templates;

import com.google.common.collect.ImmutableList;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Renders prompts with Freemarker, sandboxed and strict.
 *
 * <p>Built-in templates live on the class path at {@code taskforge/templates/<family>/<name>/},
 * listed in order by that folder's {@code templates.txt} ({@code default} first). A user directory
 * adds {@code DIR/<task-id>/<name>.ftl} files, which take precedence over built-ins of the same name.
 *
 * <p>Sandbox: no {@code ?new}, no {@code ?api}, no class access, loaders confined to their roots (a
 * path that climbs out is refused); strict: an undefined value is an error, never an empty string.
 * Output is locale- and time-zone-independent. Thread-safe.
 */
public final class TemplateRenderer {
  public static final String MIX = "mix";
  public static final String DEFAULT = "default";
  private static final String BUILTIN_ROOT = "taskforge/templates";

  private final Configuration builtin;
  private final Configuration user;
  private final Path userDir;
  private final DefaultObjectWrapper wrapper;
  private final Map<String, ImmutableList<String>> builtinNames = new ConcurrentHashMap<>();
  private final Map<String, ImmutableList<String>> userNames = new ConcurrentHashMap<>();
  private final Map<String, Template> cache = new ConcurrentHashMap<>();

  public TemplateRenderer() {
    this(null);
  }

  /** @param userDir a user template directory, or null for built-in templates only */
  public TemplateRenderer(Path userDir) {
    this.wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    this.builtin = configure(new ClassTemplateLoader(TemplateRenderer.class.getClassLoader(), BUILTIN_ROOT));
    if (userDir != null) {
      if (!Files.isDirectory(userDir)) {
        throw new TemplateRefusedException("template directory " + userDir + " does not exist or is not a directory");
      }
      try {
        this.userDir = userDir.toRealPath();
        this.user = configure(new FileTemplateLoader(this.userDir.toFile()));
      } catch (IOException e) {
        throw new TemplateRefusedException("template directory " + userDir + " cannot be read: " + e.getMessage());
      }
    } else {
      this.userDir = null;
      this.user = null;
    }
  }

  private Configuration configure(TemplateLoader loader) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(loader);
    cfg.setObjectWrapper(wrapper);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setLocalizedLookup(false);
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    return cfg;
  }

  /** Every template name of a task: built-ins in their listed order, then user templates by name. */
  public List<String> names(String taskId) {
    List<String> names = new ArrayList<>(builtinNames(taskId));
    for (String u : userNames(taskId)) {
      if (!names.contains(u)) {
        names.add(u);
      }
    }
    return names;
  }

  /** The template for one instance: the named one, or for {@code mix} one chosen from the seed. */
  public String choose(String taskId, String requested, long instanceSeed) {
    List<String> names = names(taskId);
    if (names.isEmpty()) {
      throw new TemplateRefusedException("task " + taskId + " has no templates");
    }
    if (requested == null || requested.equals(DEFAULT)) {
      return names.contains(DEFAULT) ? DEFAULT : names.get(0);
    }
    if (requested.equals(MIX)) {
      long r = Seeds.derive(instanceSeed, "template");
      return names.get((int) Long.remainderUnsigned(r, names.size()));
    }
    if (!names.contains(requested)) {
      throw new TemplateRefusedException(
          "task " + taskId + " has no template '" + requested + "'; its templates are "
              + String.join(", ", names) + " (or mix)");
    }
    return requested;
  }

  /** Renders a generated problem with the named template. */
  public String render(Task<?> task, String templateName, Params params, Generated<?> generated) {
    Template t = template(task, templateName);
    Map<String, Object> root = new HashMap<>(8);
    root.put("task", task.id());
    root.put("params", params.asMap());
    root.put("answer_format", task.answerFormat());
    root.put("view", generated.view());
    root.put("problem", new LazyTree(generated.problem(), wrapper));
    StringWriter out = new StringWriter(1024);
    try {
      t.process(root, out);
    } catch (TemplateException e) {
      throw new TemplateRefusedException(refusal(task.id(), templateName, e));
    } catch (IOException e) {
      throw new TemplateRefusedException(
          "template '" + templateName + "' of " + task.id() + " could not be written: " + e.getMessage());
    }
    return out.toString();
  }

  private Template template(Task<?> task, String name) {
    String key = task.id() + "/" + name;
    Template t = cache.get(key);
    if (t != null) {
      return t;
    }
    boolean fromUser = userNames(task.id()).contains(name);
    String path = fromUser ? task.id() + "/" + name + ".ftl" : builtinPath(task.id()) + "/" + name + ".ftl";
    try {
      t = (fromUser ? user : builtin).getTemplate(path);
    } catch (freemarker.core.ParseException e) {
      throw new TemplateRefusedException(
          "template '" + name + "' of " + task.id() + " does not parse at line " + e.getLineNumber()
              + ": " + firstLine(e.getEditorMessage()));
    } catch (IOException e) {
      throw new TemplateRefusedException(
          "template '" + name + "' of " + task.id() + " cannot be loaded: " + firstLine(e.getMessage()));
    }
    cache.putIfAbsent(key, t);
    return t;
  }

  private static String refusal(String taskId, String name, TemplateException e) {
    String what = firstLine(e.getMessageWithoutStackTop());
    String blamed = e.getBlamedExpressionString();
    if (e instanceof freemarker.core.InvalidReferenceException && blamed != null) {
      what = blamed + " is undefined (templates are strict: every value used must exist)";
    } else if (what.endsWith(":") && blamed != null) {
      what = what.substring(0, what.length() - 1) + " " + blamed;
    }
    String where = e.getLineNumber() == null ? "" : " at line " + e.getLineNumber();
    return "template '" + name + "' of " + taskId + " was refused" + where + ": " + what;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    String line = s.strip();
    int nl = line.indexOf('\n');
    line = nl >= 0 ? line.substring(0, nl) : line;
    line = line.strip();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  private static String builtinPath(String taskId) {
    int dot = taskId.indexOf('.');
    return dot < 0 ? taskId : taskId.substring(0, dot) + "/" + taskId.substring(dot + 1);
  }

  private List<String> builtinNames(String taskId) {
    return builtinNames.computeIfAbsent(taskId, id -> {
      String index = BUILTIN_ROOT + "/" + builtinPath(id) + "/templates.txt";
      try (InputStream in = TemplateRenderer.class.getClassLoader().getResourceAsStream(index)) {
        if (in == null) {
          return ImmutableList.of();
        }
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .collect(ImmutableList.toImmutableList());
      } catch (IOException e) {
        throw new TemplateRefusedException("templates of " + id + " cannot be listed: " + e.getMessage());
      }
    });
  }

  private List<String> userNames(String taskId) {
    if (userDir == null) {
      return List.of();
    }
    return userNames.computeIfAbsent(taskId, id -> {
      Path dir = userDir.resolve(id);
      if (!Files.isDirectory(dir)) {
        return ImmutableList.of();
      }
      try (Stream<Path> files = Files.list(dir)) {
        return files.map(p -> p.getFileName().toString())
            .filter(f -> f.endsWith(".ftl"))
            .map(f -> f.substring(0, f.length() - 4))
            .sorted()
            .collect(ImmutableList.toImmutableList());
      } catch (IOException e) {
        throw new TemplateRefusedException("template directory " + dir + " cannot be listed: " + e.getMessage());
      }
    });
  }

  /** The problem record, turned into maps and lists only when a template looks at it. */
  private static final class LazyTree implements TemplateHashModel {
    private final Object problem;
    private final DefaultObjectWrapper wrapper;
    private TemplateHashModel tree;

    LazyTree(Object problem, DefaultObjectWrapper wrapper) {
      this.problem = problem;
      this.wrapper = wrapper;
    }

    private TemplateHashModel tree() throws TemplateModelException {
      if (tree == null) {
        Object converted = Json.MAPPER.convertValue(problem, Object.class);
        TemplateModel m = wrapper.wrap(converted instanceof Map ? converted : Map.of("value", converted));
        tree = (TemplateHashModel) m;
      }
      return tree;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      return tree().get(key);
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
      return tree().isEmpty();
    }
  }

  /** The user directory, when one was given. */
  public Optional<Path> userDir() {
    return Optional.ofNullable(userDir);
  }
}
