/**
 * Errors that reach the user. Each carries its exit code; the CLI catches
 * them in one place (main.ts) and prints the message on one line.
 */
export class CableError extends Error {
  readonly exitCode: number;
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
