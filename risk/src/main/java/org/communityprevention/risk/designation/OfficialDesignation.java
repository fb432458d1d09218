package org.communityprevention.risk.designation;

import org.communityprevention.core.area.AreaId;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.communityprevention.core.area.RiskLevel;
import org.communityprevention.core.validation.ValidationException;
import org.immutables.value.Value;

/**
 * A level an authority published for an area (官方公布的风险等级), from a Beijing date on. It overrides the level the
 * facts give from that day; the timeline reports, as findings, where the official sequence departs from the policy
 * (a downgrade before the clean days, an upgrade later than the facts, a level the policy does not use). A
 * re-published unchanged level leaves the countdown running.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOfficialDesignation.class)
@JsonDeserialize(as = ImmutableOfficialDesignation.class)
public abstract class OfficialDesignation {
  /** Violation code: a blank document reference, or one longer than {@value #MAX_DOCUMENT_LENGTH} characters. */
  public static final String DOCUMENT_INVALID = "risk.designation.document";

  /** Longest document reference. */
  public static final int MAX_DOCUMENT_LENGTH = 200;

  /** The area designated, exactly as the authority drew it. */
  public abstract AreaId area();

  /** The first Beijing date the level holds. */
  public abstract LocalDate effectiveDate();

  /** The level published. */
  public abstract RiskLevel level();

  /** The notice that published it, e.g. 某市疫情防控指挥部通告2022年第45号. */
  public abstract Optional<String> document();

  @Value.Check
  void check() {
    if (document().isPresent() && (document().get().isBlank()
        || document().get().length() > MAX_DOCUMENT_LENGTH)) {
      throw ValidationException.of("document", DOCUMENT_INVALID, "max", MAX_DOCUMENT_LENGTH);
    }
  }

  /** A designation without a document reference. */
  public static OfficialDesignation of(AreaId area, LocalDate effectiveDate, RiskLevel level) {
    return ImmutableOfficialDesignation.builder().area(area).effectiveDate(effectiveDate).level(level).build();
  }

  /** A designation with its document. */
  public static OfficialDesignation of(AreaId area, LocalDate effectiveDate, RiskLevel level, String document) {
    return ImmutableOfficialDesignation.builder().area(area).effectiveDate(effectiveDate).level(level)
        .document(document).build();
  }
}
