/**
 * community-prevention services: community service eligibility, outbreak scope extension, offline channels, facility rules and worker subsidies.
 *
 * <p>Every package is API and exported. The module is open so that Jackson can build its values and so that its
 * message bundles are found by the core's {@code Messages}.
 */
open module org.communityprevention.services {
  requires transitive org.communityprevention.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  exports org.communityprevention.services.allocation;
  exports org.communityprevention.services.catalogue;
  exports org.communityprevention.services.eligibility;
  exports org.communityprevention.services.facility;
  exports org.communityprevention.services.json;
  exports org.communityprevention.services.subsidy;
  exports org.communityprevention.services.village;
}
