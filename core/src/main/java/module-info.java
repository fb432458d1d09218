/**
 * The core vocabulary of community-prevention: divisions and grids, people and key-population classification,
 * policy, explained decisions, time, errors and JSON.
 *
 * <p>Every package is API and exported. The module is open so that Jackson can build the library's values (their
 * generated implementations are package-private) and so that message bundles are found from any module.
 */
open module org.communityprevention.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.immutables.value.annotations;
  // Annotations the generated Immutables classes carry; not needed at run time.
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  exports org.communityprevention.core;
  exports org.communityprevention.core.area;
  exports org.communityprevention.core.clause;
  exports org.communityprevention.core.decision;
  exports org.communityprevention.core.division;
  exports org.communityprevention.core.isolation;
  exports org.communityprevention.core.json;
  exports org.communityprevention.core.message;
  exports org.communityprevention.core.person;
  exports org.communityprevention.core.policy;
  exports org.communityprevention.core.population;
  exports org.communityprevention.core.population.ledger;
  exports org.communityprevention.core.returnee;
  exports org.communityprevention.core.time;
  exports org.communityprevention.core.validation;
}
