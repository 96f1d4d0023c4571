// A start-up failure the user can fix: its message is one sentence naming the cause and the fix, printed as is.
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
