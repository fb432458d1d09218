package org.communityprevention.boot.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.communityprevention.core.validation.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Problem details (RFC 9457) for bad input: the status, a title and detail in the request's language, and the
 * {@code violations} list of the JSON command line (field, code, message, params). The detail and the violations
 * name fields, never the values sent.
 */
final class Problems {
  /** The problem type of refused input. */
  static final URI INVALID_INPUT = URI.create("urn:community-prevention:problem:invalid-input");
  /** The problem type of a body over the size limit. */
  static final URI TOO_LARGE = URI.create("urn:community-prevention:problem:request-too-large");

  private Problems() {}

  static ProblemDetail of(HttpStatus status, URI type, List<Violation> violations, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(type);
    boolean zh = "zh".equals(locale.getLanguage());
    problem.setTitle(status == HttpStatus.PAYLOAD_TOO_LARGE ? (zh ? "请求内容过大" : "Request body too large")
        : (zh ? "输入有误" : "Invalid input"));
    problem.setDetail(violations.size() == 1 ? violations.get(0).message(locale)
        : violations.size() + (zh ? "处错误：" : " violations: ") + violations.get(0).message(locale)
            + (zh ? "等" : ", …"));
    problem.setProperty("violations", ViolationsJson.of(violations, locale));
    return problem;
  }

  static ProblemDetail tooLarge(long limit, Locale locale) {
    return of(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE,
        List.of(Violation.of("body", "boot.web.body_too_large", "limit", limit)), locale);
  }
}
