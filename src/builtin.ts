import { createRequire } from 'node:module';

/**
 * Node's own modules that only some commands need (vm, crypto), loaded when
 * first used rather than at start-up: every millisecond before the first
 * line of output counts.
 */
export const builtin = createRequire(import.meta.url) as <T = unknown>(id: `node:${string}`) => T;
