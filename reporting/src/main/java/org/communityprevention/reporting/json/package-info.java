/**
 * JSON Lines ingest of daily reports (日报告批量导入) with Jackson streaming: one report per line, every bad line
 * rejected with its line number and the field at fault, nothing silently dropped.
 */
@ValueStyle
package org.communityprevention.reporting.json;

import org.communityprevention.core.ValueStyle;
