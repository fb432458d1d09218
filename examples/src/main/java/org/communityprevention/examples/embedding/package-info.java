/**
 * Embedding examples (嵌入示例): how a platform calls each capability of the library. Every snippet between
 * {@code tag::} and {@code end::} markers appears verbatim in {@code docs/embedding.md}, and a test runs each class
 * and checks its values.
 */
package org.communityprevention.examples.embedding;
