package org.communityprevention.core.testing;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Finds the library's message bundles on the class path, to check that every code has both texts. */
public final class MessageBundles {
  private MessageBundles() {}

  /**
   * The English and Chinese bundles under a resource folder (e.g. {@code org/communityprevention/core/}), by bundle
   * base path: each entry holds the English properties at index 0 and the Chinese at index 1.
   */
  public static Map<String, Properties[]> under(String folder) {
    try {
      ClassLoader loader = MessageBundles.class.getClassLoader();
      Set<String> bases = ClassPath.from(loader).getResources().stream()
          .map(ClassPath.ResourceInfo::getResourceName)
          .filter(n -> n.startsWith(folder) && n.endsWith("/Messages.properties"))
          .map(n -> n.substring(0, n.length() - ".properties".length()))
          .collect(Collectors.toSet());
      Map<String, Properties[]> out = new TreeMap<>();
      for (String base : bases) {
        out.put(base, new Properties[] {load(loader, base + ".properties"), load(loader, base + "_zh.properties")});
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(ClassLoader loader, String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
    return p;
  }
}
