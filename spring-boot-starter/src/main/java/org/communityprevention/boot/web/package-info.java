/**
 * Optional HTTP endpoints for the JSON command line's operations: JSON and JSON Lines in and out, streamed; errors as
 * RFC 9457 problem details with the violations list.
 */
package org.communityprevention.boot.web;
