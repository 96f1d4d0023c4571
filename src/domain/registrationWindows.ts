// Registration windows: staff may submit only while the registration or the supplementary window is open
// (dates inclusive, in Vietnam's calendar). Pure: the windows and `now` are given.
import { vietnamDay } from './deadlines.ts';

export interface Window {
  kind: 'registration_window' | 'supplementary_window';
  startsOn: Date | null;
  dueOn: Date;
}

/** The window open on `now`'s day (Vietnam), or null. A window without a start opens at its school year's start. */
export function openWindow<T extends Window>(windows: readonly T[], now: Date): T | null {
  const today = vietnamDay(now).getTime();
  return windows.find((w) => (w.startsOn ? w.startsOn.getTime() <= today : true) && today <= w.dueOn.getTime()) ?? null;
}

/** Why a staff member cannot submit now (a catalogue key), or null. */
export function whyWindowClosed(windows: readonly Window[], now: Date): string | null {
  if (windows.length === 0) return 'registrations.noWindow';
  return openWindow(windows, now) ? null : 'registrations.windowClosed';
}
