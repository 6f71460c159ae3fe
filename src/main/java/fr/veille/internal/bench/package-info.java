/**
 * Benchmarks of veille ({@code veille bench ...}): ingestion speed, NLP speed and memory, and index
 * size and query latency at scale on a synthetic corpus. Internal: no compatibility promise; the
 * figures they print are what {@code docs/benchmarks.md} records.
 */
package fr.veille.internal.bench;
