import { XMLParser } from 'fast-xml-parser';

/** The citizen (or company) as GSIS identifies them, values trimmed. */
export interface GsisUser {
  userId: string;
  taxId: string;
  lastName: string;
  firstName: string;
  fatherName: string;
  motherName: string;
  birthYear: number | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Keep every attribute a string: a tax id such as "068933130" must keep its leading zero.
  parseAttributeValue: false,
  parseTagValue: false,
});

/**
 * Reads `<root><userinfo userid=".." taxid=".." .../></root>` as GSIS returns it
 * for `format=xml`. GSIS pads some values with spaces, so every value is trimmed.
 * Returns null when the document carries no usable tax id.
 */
export function parseUserinfoXml(xml: string): GsisUser | null {
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch {
    return null;
  }
  const userinfo = findUserinfo(doc);
  if (!userinfo) return null;
  const attr = (name: string): string => {
    // Match attribute names case-insensitively; GSIS documentation is not consistent about case.
    const key = Object.keys(userinfo).find((k) => k.toLowerCase() === name);
    const value = key === undefined ? undefined : userinfo[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  const taxId = attr('taxid');
  if (!taxId) return null;
  const birthYear = Number.parseInt(attr('birthyear'), 10);
  return {
    userId: attr('userid'),
    taxId,
    lastName: attr('lastname'),
    firstName: attr('firstname'),
    fatherName: attr('fathername'),
    motherName: attr('mothername'),
    birthYear: Number.isFinite(birthYear) ? birthYear : null,
  };
}

function findUserinfo(doc: unknown): Record<string, unknown> | null {
  if (!isRecord(doc)) return null;
  const root = isRecord(doc.root) ? doc.root : doc;
  const userinfo = root.userinfo;
  return isRecord(userinfo) ? userinfo : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Renders the userinfo document the way GSIS does, including the trailing
 * spaces it leaves after `taxid` and `userid` (fixed-width 12-character tax id
 * field), so clients are exercised against the padding.
 */
export function renderUserinfoXml(user: GsisUser): string {
  const padding = ' '.repeat(Math.max(0, 12 - user.taxId.length));
  const attrs: [string, string][] = [
    ['userid', user.userId + padding],
    ['taxid', user.taxId + padding],
    ['lastname', user.lastName],
    ['firstname', user.firstName],
    ['fathername', user.fatherName],
    ['mothername', user.motherName],
    ['birthyear', user.birthYear === null ? '' : String(user.birthYear)],
  ];
  const rendered = attrs.map(([name, value]) => `${name}="${escapeXmlAttribute(value)}"`).join(' ');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<root><userinfo ${rendered}/></root>`;
}

function escapeXmlAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
