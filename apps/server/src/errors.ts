/** A failure to tell the user as it is (no stack): a bad flag value, a log that cannot be opened, a policy with errors. */
export class ServerError extends Error {
  constructor(
    message: string,
    /** the exit status for the CLI: 2 for wrong usage, 1 otherwise */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
