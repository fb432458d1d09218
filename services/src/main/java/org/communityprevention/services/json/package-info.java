/**
 * JSON edge of the services module: reading resident records as JSON Lines into a
 * {@link org.communityprevention.core.validation.BatchResult}, one bad line rejected with its line number and the rest
 * kept. Values themselves round-trip through core's {@link org.communityprevention.core.json.Json} mapper.
 */
package org.communityprevention.services.json;
