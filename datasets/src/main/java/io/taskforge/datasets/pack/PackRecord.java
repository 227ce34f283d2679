package io.taskforge.datasets.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.taskforge.core.Instance;
import io.taskforge.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one flat schema of every record in every pack file, so that dataset and dataframe loaders
 * read a mixed pack without schema errors: the scalar fields of an instance as they are, the
 * structured fields ({@code params}, {@code problem}, {@code solution}, {@code metrics}) as
 * JSON-encoded strings (a missing solution is the string {@code "null"}), then {@code split} and
 * {@code canary}.
 */
public final class PackRecord {
  /** The fields of a record, in the order they are written. */
  public static final List<String> FIELDS = List.of(
      "id", "task", "version", "seed", "index", "level", "params", "prompt", "template", "answer",
      "problem", "solution", "metrics", "fingerprint", "split", "canary");

  /** The fields that hold JSON-encoded text. */
  public static final List<String> JSON_FIELDS = List.of("params", "problem", "solution", "metrics");

  private static final JsonFactory FACTORY = Json.MAPPER.getFactory();
  private static final ObjectWriter WRITER = Json.MAPPER.writer();

  private PackRecord() {}

  /** One record as a JSON line, newline included. */
  public static byte[] encode(Instance i, String split, String canary) {
    return Encoder.LOCAL.get().encode(i, split, canary);
  }

  /**
   * Per-thread generators kept open across records: the structured fields are written as root
   * values of one generator, sliced out of its buffer, and escaped into the record as UTF-8 strings.
   * Creating five generators per record cost more than writing the record.
   */
  private static final class Encoder {
    static final ThreadLocal<Encoder> LOCAL = ThreadLocal.withInitial(Encoder::new);

    final ByteArrayBuilder nestedBuf = new ByteArrayBuilder(4096);
    final ByteArrayBuilder recordBuf = new ByteArrayBuilder(4096);
    final JsonGenerator nested;
    final JsonGenerator record;
    final int[] ends = new int[4];

    Encoder() {
      try {
        nested = FACTORY.createGenerator(nestedBuf);
        nested.setRootValueSeparator(null);
        record = FACTORY.createGenerator(recordBuf);
        record.setRootValueSeparator(null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    byte[] encode(Instance i, String split, String canary) {
      try {
        nestedBuf.reset();
        Object[] values = {i.params(), i.problem(), i.solution(), i.metrics()};
        for (int k = 0; k < values.length; k++) {
          WRITER.writeValue(nested, values[k]);
          nested.flush();
          ends[k] = nestedBuf.size();
        }
        byte[] n = nestedBuf.toByteArray();
        recordBuf.reset();
        JsonGenerator g = record;
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("task", i.task());
        g.writeNumberField("version", i.version());
        g.writeNumberField("seed", i.seed());
        g.writeNumberField("index", i.index());
        g.writeNumberField("level", i.level());
        g.writeFieldName("params");
        g.writeUTF8String(n, 0, ends[0]);
        g.writeStringField("prompt", i.prompt());
        g.writeStringField("template", i.template());
        g.writeStringField("answer", i.answer());
        g.writeFieldName("problem");
        g.writeUTF8String(n, ends[0], ends[1] - ends[0]);
        g.writeFieldName("solution");
        g.writeUTF8String(n, ends[1], ends[2] - ends[1]);
        g.writeFieldName("metrics");
        g.writeUTF8String(n, ends[2], ends[3] - ends[2]);
        g.writeStringField("fingerprint", i.fingerprint());
        g.writeStringField("split", split);
        g.writeStringField("canary", canary);
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
        return recordBuf.toByteArray();
      } catch (IOException e) {
        LOCAL.remove();
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        LOCAL.remove(); // the generators may be mid-value; the next record gets fresh ones
        throw e;
      }
    }
  }

  /** A fingerprint's 16 hex digits as a long (other text is hashed, for tasks that write their own). */
  public static long fingerprintBits(String fingerprint) {
    if (fingerprint.length() == 16) {
      try {
        return Long.parseUnsignedLong(fingerprint, 16);
      } catch (NumberFormatException e) {
        // fall through to the hash
      }
    }
    return com.google.common.hash.Hashing.murmur3_128()
        .hashString(fingerprint, java.nio.charset.StandardCharsets.UTF_8).asLong();
  }
}
