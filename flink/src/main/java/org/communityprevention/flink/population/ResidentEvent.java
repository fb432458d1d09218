package org.communityprevention.flink.population;

/**
 * A resident record line keyed by its village (居民记录事件). The line's text travels as it is and its facts are read
 * once, where the village is classified, so they never pass through a second serial form.
 *
 * @param source the source of the line
 * @param line the 1-based line number in the source
 * @param village the village code
 * @param text the line
 */
public record ResidentEvent(String source, long line, long village, String text) {}
