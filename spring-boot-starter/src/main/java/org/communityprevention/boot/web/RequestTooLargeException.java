package org.communityprevention.boot.web;

/** A request body longer than {@code community-prevention.web.max-request-size}: answered with 413. */
final class RequestTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  RequestTooLargeException(long limit) {
    super("request body larger than " + limit + " bytes");
    this.limit = limit;
  }

  long limit() {
    return limit;
  }
}
