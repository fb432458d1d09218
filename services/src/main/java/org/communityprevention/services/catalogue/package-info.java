/**
 * The service catalogue (社区服务项目): the community services of §5.1–§5.4 and the worker subsidy of §6.6, each with
 * a stable code, Chinese and English names, the clauses behind it and the channels it is delivered through
 * (online, offline, door to door), and the {@link org.communityprevention.services.catalogue.ChannelPlan} of a
 * village: which of those channels it actually runs.
 */
@ValueStyle
package org.communityprevention.services.catalogue;

import org.communityprevention.core.ValueStyle;
