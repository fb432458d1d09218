/**
 * Key-population classification (重点人群分类, §2.2–§2.5, §5.3, §5.4 of 民发〔2021〕11号): who needs surveying,
 * health monitoring, contact tracing, isolation, a holiday visit or outbreak-time services, and until when.
 *
 * <p>In: {@link org.communityprevention.core.population.PersonFacts} (what the village knows about a resident).
 * Out: a {@link org.communityprevention.core.population.Classification} with every
 * {@link org.communityprevention.core.population.Category} held on a date, its window, management plan, phase,
 * test days and reasons, and the worker's manual overrides side by side with the automatic outcome.
 * {@link org.communityprevention.core.population.PopulationClassifier} decides on a hot path that allocates nothing
 * (a bit mask of categories) and explains on demand, both from one rule definition per category.
 */
@ValueStyle
package org.communityprevention.core.population;

import org.communityprevention.core.ValueStyle;
