/**
 * The engine's typed configuration, loaded from one TOML file and validated once at start-up.
 * Every error names the key, the value and what is allowed ({@link io.ringfence.config.ConfigException});
 * unknown keys are errors. Nothing here is used on the hot path.
 */
package io.ringfence.config;
