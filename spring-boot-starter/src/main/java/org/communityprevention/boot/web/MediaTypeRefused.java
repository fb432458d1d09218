package org.communityprevention.boot.web;

import java.util.List;

/** A request body of a media type the endpoint does not read: answered with 415 and the types it reads. */
final class MediaTypeRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> supported;

  MediaTypeRefused(String... supported) {
    super("media type not read here");
    this.supported = List.of(supported);
  }

  List<String> supported() {
    return supported;
  }

  /** The fallback of an endpoint that reads JSON Lines. */
  static MediaTypeRefused jsonLines() {
    return new MediaTypeRefused(EndpointSupport.NDJSON, EndpointSupport.JSONL);
  }
}
