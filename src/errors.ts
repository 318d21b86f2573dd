/** Base of every error that carries a message a user can act on. */
export class LabwatchError extends Error {
  override name = 'LabwatchError';
}

/** The configuration cannot be used; the message names the file, the key and the problem. */
export class ConfigError extends LabwatchError {
  override name = 'ConfigError';
}

/** The database cannot be opened or migrated. */
export class DatabaseError extends LabwatchError {
  override name = 'DatabaseError';
}

/** A command's arguments are wrong; the message says how to call it. */
export class UsageError extends LabwatchError {
  override name = 'UsageError';
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
