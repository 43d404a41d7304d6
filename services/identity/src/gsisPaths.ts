/** GSIS's OAuth2 endpoints, relative to its base URL (e.g. https://test.gsis.gr). */
export const GSIS_PATHS = {
  authorize: '/oauth2server/oauth/authorize',
  token: '/oauth2server/oauth/token',
  userinfo: '/oauth2server/userinfo',
  logout: '/oauth2server/logout',
} as const;
