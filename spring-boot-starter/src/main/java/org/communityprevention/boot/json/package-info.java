/** The library's wire format on an application's Jackson {@code ObjectMapper}. */
package org.communityprevention.boot.json;
