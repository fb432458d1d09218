package org.communityprevention.flink.population.json;

import org.communityprevention.core.division.DivisionCode;
import org.communityprevention.core.population.PersonFacts;

/**
 * One resident record of the batch classification (居民记录): the village or community the resident is registered
 * in, and the resident's facts.
 *
 * @param village the village or community code (村/社区)
 * @param facts the resident's facts
 */
public record ResidentRecord(DivisionCode village, PersonFacts facts) {}
