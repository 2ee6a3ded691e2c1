package io.streamjob.logging;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The logger levels of conf/logback.xml (the jar carries a copy), so that a driver logging through
 * log4j2 under spark-submit mutes and shows the same loggers as the embedded one.
 */
final class LoggerLevels {
  private LoggerLevels() {}

  /** Logger name to level name, the root logger under {@code ""}. */
  static Map<String, String> fromLogbackXml() {
    Map<String, String> levels = new LinkedHashMap<>();
    try (InputStream in = LoggerLevels.class.getResourceAsStream("/logback.xml")) {
      if (in == null) {
        return levels;
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var document = factory.newDocumentBuilder().parse(in);
      NodeList loggers = document.getElementsByTagName("logger");
      for (int i = 0; i < loggers.getLength(); i++) {
        Element logger = (Element) loggers.item(i);
        levels.put(logger.getAttribute("name"), logger.getAttribute("level"));
      }
      NodeList root = document.getElementsByTagName("root");
      if (root.getLength() > 0) {
        levels.put("", ((Element) root.item(0)).getAttribute("level"));
      }
      return levels;
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the logging configuration in the jar is unreadable", e);
    }
  }
}
