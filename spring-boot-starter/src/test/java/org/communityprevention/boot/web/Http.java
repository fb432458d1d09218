package org.communityprevention.boot.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.communityprevention.core.json.Json;

/** A plain HTTP client for the tests: what a platform's other systems send, bytes on a socket. */
final class Http {
  private static final String BOUNDARY = "cp-test-boundary-7e1f";
  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Http(int port) {
    this.base = "http://localhost:" + port;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  HttpResponse<String> post(String path, String contentType, String body, String language) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
        .header("Accept-Language", language)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /** A multipart/form-data request with one text part per entry, answered in English. */
  HttpResponse<String> multipart(String path, Map<String, String> parts) {
    StringBuilder body = new StringBuilder();
    parts.forEach((name, content) -> body.append("--").append(BOUNDARY).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
        .append(".jsonl\"\r\n").append("Content-Type: application/x-ndjson\r\n\r\n").append(content)
        .append("\r\n"));
    body.append("--").append(BOUNDARY).append("--\r\n");
    return post(path, "multipart/form-data; boundary=" + BOUNDARY, body.toString(), "en");
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String example(String name) {
    try {
      return Files.readString(Path.of("../docs/examples", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    return Json.read(text, JsonNode.class);
  }

  static List<JsonNode> lines(String text) {
    return text.lines().filter(l -> !l.isBlank()).map(Http::json).toList();
  }
}
