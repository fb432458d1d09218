/**
 * Dispatch priority and capacity planning (调度优先级与服务能力安排): the total order in which eligible residents are
 * served when a service's capacity is short, and the allocation of each service's capacity along that order, with
 * who is served and who waits.
 */
@ValueStyle
package org.communityprevention.services.allocation;

import org.communityprevention.core.ValueStyle;
