/**
 * Community services under normalised prevention (§2.6, §5.1–§5.5, §6.6 of 民发〔2021〕11号): the service catalogue,
 * who is eligible for which service in an area on a day, the offline channel kept for the elderly and other special
 * groups, dispatch priority and capacity planning, facility operating rules and community-worker subsidies.
 *
 * <p>The module depends only on core: a person comes in as core's
 * {@link org.communityprevention.core.population.Classification} and
 * {@link org.communityprevention.core.population.PersonFacts}, an area as core's
 * {@link org.communityprevention.core.population.AreaSituation}, and a risk timeline as core
 * {@link org.communityprevention.core.area.RiskLevel} values.
 */
package org.communityprevention.services;
