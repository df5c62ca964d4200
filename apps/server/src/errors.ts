import { type Lang, type ServiceMessage, serviceMessage } from "@subsidia/messages";

/** A failure to tell the user as it is (no stack): a bad flag value, a log that cannot be opened, a policy with errors. */
export class ServerError extends Error {
  /** the message as a key and parameters of the service's catalogue, so that the CLI can say it in its language */
  readonly said: ServiceMessage | undefined;

  constructor(
    message: string | ServiceMessage,
    /** the exit status for the CLI: 2 for wrong usage, 1 otherwise */
    readonly exitCode = 1,
  ) {
    super(typeof message === "string" ? message : serviceMessage("en", message.key, message.params));
    this.said = typeof message === "string" ? undefined : message;
  }

  /** The message in a language (English: `message`). */
  inLang(lang: Lang): string {
    return this.said ? serviceMessage(lang, this.said.key, this.said.params) : this.message;
  }
}
