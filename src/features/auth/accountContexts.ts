// Signed-in accounts' contexts kept in memory (issue 16, ADR 022) under (user, the school's data version, Vietnam
// day): every table the context reads is school data, so a change to any of them changes the version, and council
// roles hold by date, so a new day reads them again.
import type { CurrentUser } from './currentUser.ts';

export class AccountContexts {
  private readonly held = new Map<string, CurrentUser>();
  /** `max` 0 keeps nothing. */
  constructor(private readonly max: number) {}

  /** The context of an account at a data version on a Vietnam day (YYYY-MM-DD), if held. */
  get(userId: string, dataVersion: string | null | undefined, day: string): CurrentUser | undefined {
    return this.max > 0 && dataVersion ? this.held.get(`${userId}\n${dataVersion}\n${day}`) : undefined;
  }

  /** Keeps a context read on a Vietnam day (the oldest out first beyond `max`). */
  set(user: CurrentUser, day: string): void {
    if (this.max <= 0 || !user.dataVersion) return;
    this.held.set(`${user.id}\n${user.dataVersion}\n${day}`, user);
    if (this.held.size > this.max) this.held.delete(this.held.keys().next().value!);
  }
}
