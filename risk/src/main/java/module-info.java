/**
 * community-prevention risk: area risk levels, their transitions, the emergency response they start and what they suspend.
 *
 * <p>Every package is API and exported. The module is open so that Jackson can build its values and so that its
 * message bundles are found by the core's {@code Messages}.
 */
open module org.communityprevention.risk {
  requires transitive org.communityprevention.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  exports org.communityprevention.risk.designation;
  exports org.communityprevention.risk.election;
  exports org.communityprevention.risk.response;
  exports org.communityprevention.risk.restriction;
  exports org.communityprevention.risk.timeline;
}
