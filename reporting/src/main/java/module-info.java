/**
 * community-prevention reporting: daily and zero reports: completeness, timeliness, concealment signals, roll-ups; duty and supply readiness.
 *
 * <p>Every package is API and exported. The module is open so that Jackson can build its values and so that its
 * message bundles are found by the core's {@code Messages}.
 */
open module org.communityprevention.reporting {
  requires transitive org.communityprevention.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  exports org.communityprevention.reporting.completeness;
  exports org.communityprevention.reporting.json;
  exports org.communityprevention.reporting.readiness;
  exports org.communityprevention.reporting.registry;
  exports org.communityprevention.reporting.report;
  exports org.communityprevention.reporting.signal;
  exports org.communityprevention.reporting.summary;
  exports org.communityprevention.reporting.visit;
  exports org.communityprevention.reporting.team;
}
