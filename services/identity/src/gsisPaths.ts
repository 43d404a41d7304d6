/**
 * Whom a GSIS OAuth2 service signs in. One host (e.g. https://test.gsis.gr)
 * serves two families of endpoints: citizens and companies with their TAXISnet
 * credentials under `/oauth2server`, public-sector employees under
 * `/oauth2servergov`. A client registered for one family is unknown to the other.
 */
export type GsisAudience = 'citizens' | 'public-sector';

export interface GsisPathSet {
  authorize: string;
  token: string;
  userinfo: string;
  /** Followed by `/{client_id}/?url=...`. */
  logout: string;
}

function family(root: string): GsisPathSet {
  return {
    authorize: `${root}/oauth/authorize`,
    token: `${root}/oauth/token`,
    userinfo: `${root}/userinfo`,
    logout: `${root}/logout`,
  };
}

/** GSIS's OAuth2 endpoints for each audience, relative to its base URL. */
export const GSIS_PATHS: Readonly<Record<GsisAudience, Readonly<GsisPathSet>>> = {
  citizens: family('/oauth2server'),
  'public-sector': family('/oauth2servergov'),
};
