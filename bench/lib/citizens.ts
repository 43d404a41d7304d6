import { signInAtStandIn } from '@muni/identity/testing';
import { ApiClient } from '../../services/api/src/testing/apiClient';

/** Demo citizens the GSIS stand-in knows (services/identity demo data). */
export const DEMO_CITIZEN_TAX_IDS = ['068933130', '045123787', '112233441', '028765436'] as const;

/** A cookie-keeping client signed in as the citizen, through the real stand-in flow (as a browser would). */
export async function signInCitizen(url: string, taxId: string): Promise<ApiClient> {
  const c = new ApiClient(url);
  const login = await c.raw('/auth/gsis/login?returnTo=/');
  const callback = await signInAtStandIn(login.headers.get('location')!, { taxId });
  const done = await c.raw(callback.toString());
  if (done.status !== 302) throw new Error(`sign-in failed: ${done.status} ${await done.text()}`);
  c.resetCsrf();
  await c.csrfToken();
  return c;
}
