package io.taskforge.datasets.pack;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.taskforge.core.Json;
import io.taskforge.datasets.InstanceFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Pretty JSON with the same bytes on every OS (two-space indent, {@code \n} line ends). */
final class Manifests {
  static final ObjectWriter PRETTY = Json.MAPPER.writer(
      new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private Manifests() {}

  static byte[] pretty(Object value) {
    try {
      byte[] json = PRETTY.writeValueAsBytes(value);
      byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
      out[json.length] = '\n';
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String prettyString(Object value) {
    return new String(pretty(value), StandardCharsets.UTF_8);
  }

  /** The taskforge release running this code ({@code dev} when run from class files). */
  static String toolkitVersion() {
    String v = InstanceFactory.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
