/**
 * Errors that reach the user. Each carries its exit code; the CLI catches
 * them in one place (main.ts) and prints the message on one line.
 */
const BRAND = Symbol.for('cable.error');

export class CableError extends Error {
  readonly exitCode: number;
  readonly [BRAND] = true;

  /**
   * The heavy parts of cable are bundles of their own, each with its own copy
   * of this class: `instanceof` goes by a shared brand, not by identity.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null || (value as Record<symbol, unknown>)[BRAND] !== true) return false;
    return (
      this === CableError ||
      Object.prototype.isPrototypeOf.call(this.prototype, value) ||
      (value as Error).name === this.name
    );
  }

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** The command line itself is wrong: an unknown point, style or option. Exit 2. */
export class UsageError extends CableError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A file cannot be read or is not a document. Exit 1. */
export class DocumentError extends CableError {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`, 1);
    this.path = path;
  }
}
