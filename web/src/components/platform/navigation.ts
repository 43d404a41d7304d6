// The platform area's sections, in the order its navigation lists them.
// One list, so another part of the platform (e.g. statistics) adds one entry here.
// `key` names the link's text: platform.nav.<key>.

export interface PlatformSection {
  to: string;
  key: string;
  /** Highlighted only on this exact path (the area's index). */
  end: boolean;
}

export const PLATFORM_SECTIONS: PlatformSection[] = [
  { to: '/platform', key: 'municipalities', end: true },
  { to: '/platform/interpreters', key: 'interpreters', end: false },
  { to: '/platform/audit', key: 'audit', end: false },
  { to: '/platform/statistics', key: 'statistics', end: false },
];
