package org.communityprevention.boot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.communityprevention.core.validation.ValidationException;
import org.communityprevention.core.validation.Violation;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the endpoints as a problem detail (RFC 9457) with the {@code violations} list: the library's
 * validation failures (400), a body over the size limit (413), a missing or unreadable parameter or part (400), a
 * media type the endpoint does not read (415). No detail repeats a value the client sent.
 */
@RestControllerAdvice(assignableTypes = {PopulationEndpoint.class, RiskEndpoint.class, ReportsEndpoint.class,
    EligibilityEndpoint.class, PolicyEndpoint.class, LedgerEndpoint.class})
class ProblemAdvice extends ResponseEntityExceptionHandler {
  private final RequestLanguage language;

  ProblemAdvice(RequestLanguage language) {
    this.language = language;
  }

  @ExceptionHandler(ValidationException.class)
  ResponseEntity<ProblemDetail> invalid(ValidationException e, HttpServletRequest request) {
    return answer(HttpStatus.BAD_REQUEST, Problems.INVALID_INPUT, e.violations(), language.of(request));
  }

  @ExceptionHandler(RequestTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(RequestTooLargeException e, HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
        .body(Problems.tooLarge(e.limit(), language.of(request)));
  }

  @ExceptionHandler(MediaTypeRefused.class)
  ResponseEntity<ProblemDetail> mediaType(MediaTypeRefused e, HttpServletRequest request) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.INVALID_INPUT, List.of(Violation.of("Content-Type",
        "boot.web.media_type", "supported", String.join(", ", e.supported()))), language.of(request));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return object(answer(HttpStatus.BAD_REQUEST, Problems.INVALID_INPUT,
        List.of(Violation.of(e.getParameterName(), "boot.web.missing_parameter")), locale(request)));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return object(answer(HttpStatus.BAD_REQUEST, Problems.INVALID_INPUT,
        List.of(Violation.of(e.getRequestPartName(), "boot.web.missing_part")), locale(request)));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
    Class<?> type = e.getRequiredType();
    List<Violation> violations = type != null && type.isEnum()
        ? List.of(Violation.of(field, "boot.web.not_one_of", "values",
            String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList())))
        : List.of(Violation.of(field, "boot.web.invalid_parameter"));
    return object(answer(HttpStatus.BAD_REQUEST, Problems.INVALID_INPUT, violations, locale(request)));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String supported = String.join(", ", e.getSupportedMediaTypes().stream().map(Object::toString).toList());
    return object(answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.INVALID_INPUT,
        List.of(Violation.of("Content-Type", "boot.web.media_type", "supported", supported)), locale(request)));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(Problems.tooLarge(e.getMaxUploadSize(), locale(request)));
  }

  private Locale locale(WebRequest request) {
    HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    return servlet == null ? language.of(null) : language.of(servlet);
  }

  private static ResponseEntity<ProblemDetail> answer(HttpStatus status, java.net.URI type,
      List<Violation> violations, Locale locale) {
    return ResponseEntity.status(status).body(Problems.of(status, type, violations, locale));
  }

  private static ResponseEntity<Object> object(ResponseEntity<ProblemDetail> answer) {
    return ResponseEntity.status(answer.getStatusCode()).body(answer.getBody());
  }
}
