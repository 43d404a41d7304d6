import type { DeviceChoices } from './types';

// The devices chosen at the check, kept for this tab only (sessionStorage) and
// per link: a reload or "Return to the call" goes straight back in while the
// call is open, without a second device check. Leaving on purpose forgets them.

const key = (token: string) => `muni.call.devices.${token}`;

export function rememberChoices(token: string, choices: DeviceChoices): void {
  try {
    sessionStorage.setItem(key(token), JSON.stringify(choices));
  } catch {
    // Storage refused (private mode, quota): the device check simply comes again.
  }
}

export function forgetChoices(token: string): void {
  try {
    sessionStorage.removeItem(key(token));
  } catch {
    // nothing to forget
  }
}

const idOrNull = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length < 512 ? v : null);

/** The remembered choices, or null when there are none or they are not ours. */
export function recalledChoices(token: string): DeviceChoices | null {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(key(token));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const o = JSON.parse(raw) as Record<string, unknown>;
    if (typeof o.camera !== 'boolean' || typeof o.microphone !== 'boolean') return null;
    return { cameraId: idOrNull(o.cameraId), microphoneId: idOrNull(o.microphoneId), camera: o.camera, microphone: o.microphone };
  } catch {
    return null;
  }
}
