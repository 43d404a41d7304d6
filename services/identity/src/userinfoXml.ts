import { XMLParser } from 'fast-xml-parser';
import { GsisError } from './gsisError';

/**
 * The citizen (or company, or employee) as GSIS identifies them: character
 * references decoded and padding trimmed, otherwise exactly as GSIS wrote it
 * (names usually in capitals without accents; see nameForDisplay in @muni/domain).
 */
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
  // GSIS writes names as numeric character references (`&#928;&#913;…`, sometimes
  // mixed with plain UTF-8 in the same document). fast-xml-parser 5 decodes numeric
  // references only with htmlEntities on, which also admits HTML's named ones (&nbsp;).
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Reads `<root><userinfo userid=".." taxid=".." lastname=".." .../></root>` as
 * GSIS returns it for `format=xml`, tolerating what it really sends: an XML
 * declaration, values padded with spaces, names as decimal or hexadecimal
 * character references, attributes in any order or case, extra attributes and
 * elements. A DOCTYPE is refused outright: GSIS sends none, and it is the way
 * in for entity-expansion and external-entity tricks.
 *
 * Throws GsisError `userinfo_failed` when the answer is not one userinfo
 * document, and `missing_tax_id` when it is one but names no tax id.
 */
export function parseUserinfoXml(xml: string): GsisUser {
  const notUserinfo = (why: string, cause?: unknown) => new GsisError('userinfo_failed', `GSIS userinfo response ${why}`, { cause });
  if (/<!DOCTYPE/i.test(xml)) throw notUserinfo('carries a DOCTYPE, which is not accepted');
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (cause) {
    throw notUserinfo('is not XML', cause);
  }
  const userinfo = findUserinfo(doc);
  if (userinfo === 'many') throw notUserinfo('names more than one person');
  if (!userinfo) throw notUserinfo('has no userinfo element');

  const attr = (name: string): string => {
    // Match attribute names case-insensitively; GSIS documentation is not consistent about case.
    const key = Object.keys(userinfo).find((k) => k.toLowerCase() === name);
    const value = key === undefined ? undefined : userinfo[key];
    return typeof value === 'string' ? cleanValue(value) : '';
  };
  const taxId = attr('taxid');
  if (!taxId) throw new GsisError('missing_tax_id', 'GSIS userinfo response carries no tax id');
  const birthYear = attr('birthyear');
  return {
    userId: attr('userid'),
    taxId,
    lastName: attr('lastname'),
    firstName: attr('firstname'),
    fatherName: attr('fathername'),
    motherName: attr('mothername'),
    birthYear: /^\d{4}$/.test(birthYear) ? Number(birthYear) : null,
  };
}

// A reference left over after the XML parser's own decoding, i.e. one escaped twice
// (`&amp;#928;`). No name contains such text literally, so it is decoded too.
const LEFTOVER_REFERENCE = /&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));/g;
// Line breaks and tabs (a reference such as &#10; survives XML's own normalisation) read as a space;
// other controls, and bidirectional overrides that make a name read differently than it is stored, go.
const BREAK = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function cleanValue(value: string): string {
  const decoded = value.replace(LEFTOVER_REFERENCE, (reference, decimal: string | undefined, hex: string | undefined) => {
    const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    const isCharacter = codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return isCharacter ? String.fromCodePoint(codePoint) : reference;
  });
  return decoded.replace(BREAK, ' ').replace(INVISIBLE, '').trim();
}

function findUserinfo(doc: unknown): Record<string, unknown> | 'many' | null {
  if (!isRecord(doc)) return null;
  const root = isRecord(doc.root) ? doc.root : doc;
  const userinfo = root.userinfo;
  if (Array.isArray(userinfo)) return 'many';
  return isRecord(userinfo) ? userinfo : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface RenderUserinfoOptions {
  /**
   * Also use the other shapes GSIS is known to send, all at once: every value
   * padded on both sides, the last name as decimal and the first name as
   * hexadecimal character references, the father's name half and half,
   * attributes in another order, an extra attribute, an extra element and a
   * comment. Default: only the tax id padding of the plain answer.
   */
  oddShapes?: boolean;
}

/**
 * Renders the userinfo document the way GSIS does, including the trailing
 * spaces it leaves after `taxid` and `userid` (fixed-width 12-character tax id
 * field), so clients are exercised against the padding.
 */
export function renderUserinfoXml(user: GsisUser, options: RenderUserinfoOptions = {}): string {
  const padding = ' '.repeat(Math.max(0, 12 - user.taxId.length));
  const plain = (value: string) => escapeXmlAttribute(value);
  const attrs: [string, string][] = [
    ['userid', plain(user.userId + padding)],
    ['taxid', plain(user.taxId + padding)],
    ['lastname', plain(user.lastName)],
    ['firstname', plain(user.firstName)],
    ['fathername', plain(user.fatherName)],
    ['mothername', plain(user.motherName)],
    ['birthyear', user.birthYear === null ? '' : String(user.birthYear)],
  ];
  if (!options.oddShapes) {
    const rendered = attrs.map(([name, value]) => `${name}="${value}"`).join(' ');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<root><userinfo ${rendered}/></root>`;
  }

  const half = Math.ceil([...user.fatherName].length / 2);
  const fatherChars = [...user.fatherName];
  const odd = new Map<string, string>([
    ['userid', plain(` ${user.userId}${padding}`)],
    ['taxid', plain(` ${user.taxId}${padding}`)],
    ['lastname', ` ${references(user.lastName, 'decimal')}  `],
    ['firstname', `  ${references(user.firstName, 'hex')} `],
    ['fathername', ` ${references(fatherChars.slice(0, half).join(''), 'decimal')}${plain(fatherChars.slice(half).join(''))} `],
    ['mothername', ` ${plain(user.motherName)}   `],
    ['birthyear', user.birthYear === null ? ' ' : ` ${user.birthYear} `],
  ]);
  const order = ['birthyear', 'lastname', 'mothername', 'taxid', 'firstname', 'fathername', 'userid'];
  const rendered = [...order.map((name) => `${name}="${odd.get(name)!}"`), 'extra="ignored"'].join('\n    ');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- userinfo -->
<root>
  <userinfo
    ${rendered}/>
  <extra kind="ignored">ignored</extra>
</root>
`;
}

/** Every character as a numeric character reference, e.g. `&#928;` or `&#x3A0;`. */
function references(value: string, base: 'decimal' | 'hex'): string {
  return [...value]
    .map((char) => {
      const codePoint = char.codePointAt(0)!;
      return base === 'decimal' ? `&#${codePoint};` : `&#x${codePoint.toString(16).toUpperCase()};`;
    })
    .join('');
}

function escapeXmlAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
