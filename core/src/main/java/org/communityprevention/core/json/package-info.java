/**
 * JSON at the library's edge: the configured mapper, strict reading with typed errors, policy documents and the
 * national baselines shipped as resources. The only package that uses Jackson databind.
 */
package org.communityprevention.core.json;
