package dev.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into {@code dev/tidings/version.properties}. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/tidings/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {"tidings " + properties.getProperty("version", "unknown")};
  }
}
