package io.taskforge.core;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * Derives the random stream of one instance from everything that identifies it.
 *
 * <p>The stream seed is a Murmur3-128 hash (a fixed, documented function) of the task id, the task
 * version, the canonical resolved params, the user seed and the index. So instance (s, i+1) has
 * nothing to do with (s+1, i), and any index can be made alone, on any thread or machine.
 */
public final class Seeds {
  private static final String DOMAIN = "taskforge/instance/v1";

  private Seeds() {}

  public static long instanceSeed(String taskId, int version, Params params, long seed, long index) {
    Hasher h = Hashing.murmur3_128().newHasher();
    h.putString(DOMAIN, StandardCharsets.UTF_8).putByte((byte) 0);
    h.putString(taskId, StandardCharsets.UTF_8).putByte((byte) 0);
    h.putInt(version);
    h.putString(params.canonical(), StandardCharsets.UTF_8).putByte((byte) 0);
    h.putLong(seed);
    h.putLong(index);
    return h.hash().asLong();
  }

  /** An independent value derived from an instance seed for a named purpose (template choice, ...). */
  public static long derive(long instanceSeed, String purpose) {
    return Hashing.murmur3_128()
        .newHasher()
        .putLong(instanceSeed)
        .putString(purpose, StandardCharsets.UTF_8)
        .hash()
        .asLong();
  }
}
