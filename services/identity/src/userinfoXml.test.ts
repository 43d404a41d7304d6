import { describe, expect, it } from 'vitest';
import { GsisError } from './gsisError';
import { DEMO_CITIZENS, DEMO_EMPLOYEES } from './standIn/demoPeople';
import { parseUserinfoXml, renderUserinfoXml } from './userinfoXml';

const SOFIA = {
  userId: 'User068933130',
  taxId: '068933130',
  lastName: 'ΒΑΣΙΛΕΙΟΥ',
  firstName: 'ΣΟΦΙΑ',
  fatherName: 'ΓΕΩΡΓΙΟΣ',
  motherName: 'ΜΑΡΙΑ',
  birthYear: 1950,
};

/** Every character of `text` as a decimal (or hexadecimal) character reference. */
const refs = (text: string, hex = false) =>
  [...text].map((c) => (hex ? `&#x${c.codePointAt(0)!.toString(16)};` : `&#${c.codePointAt(0)};`)).join('');

function failure(xml: string): GsisError {
  try {
    parseUserinfoXml(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(GsisError);
    return error as GsisError;
  }
  throw new Error('expected the document to be refused');
}

describe('GSIS userinfo XML', () => {
  it('reads the plain GSIS document and trims its padding', () => {
    const xml =
      '<root><userinfo userid="User068933130   " taxid="068933130   " lastname="ΒΑΣΙΛΕΙΟΥ" firstname="ΣΟΦΙΑ" fathername="ΓΕΩΡΓΙΟΣ" mothername="ΜΑΡΙΑ" birthyear="1950"/></root>';
    expect(parseUserinfoXml(xml)).toEqual(SOFIA);
  });

  it('trims values padded on either side, birth year included', () => {
    const xml =
      '<root><userinfo userid="  User068933130 " taxid="   068933130   " lastname=" ΒΑΣΙΛΕΙΟΥ  " firstname="ΣΟΦΙΑ    " fathername=" ΓΕΩΡΓΙΟΣ" mothername="  ΜΑΡΙΑ  " birthyear=" 1950 "/></root>';
    expect(parseUserinfoXml(xml)).toEqual(SOFIA);
  });

  it('keeps names as GSIS gives them: capitals without accents, and inner spaces', () => {
    const xml = '<root><userinfo taxid="045123787" lastname="ΠΑΠΑΔΟΠΟΥΛΟΣ" firstname="ΝΙΚΟΛΑΟΣ  ΙΩΑΝΝΗΣ"/></root>';
    expect(parseUserinfoXml(xml)).toMatchObject({ lastName: 'ΠΑΠΑΔΟΠΟΥΛΟΣ', firstName: 'ΝΙΚΟΛΑΟΣ  ΙΩΑΝΝΗΣ' });
  });

  it('decodes names written as decimal and hexadecimal character references, also mixed with plain text', () => {
    // As GSIS was seen to send them: one name in references, the next in UTF-8, in the same element.
    const xml = `<root><userinfo userid="User068933130   " taxid="068933130   " lastname="${refs('ΒΑΣΙΛΕΙΟΥ')}" firstname="${refs('ΣΟΦΙΑ', true)}" fathername="${refs('ΓΕΩΡ')}ΓΙΟΣ" mothername="${refs('ΜΑ', true).toUpperCase().replaceAll('&#X', '&#x')}ΡΙΑ" birthyear="1950"/></root>`;
    expect(xml).toContain('lastname="&#914;&#913;&#931;');
    expect(xml).toContain('firstname="&#x3a3;&#x39f;');
    expect(parseUserinfoXml(xml)).toEqual(SOFIA);
  });

  it('decodes references escaped twice, so no name is stored as "&#928;…"', () => {
    const xml = `<root><userinfo taxid="045123787" lastname="${refs('ΠΑΠΑ').replaceAll('&', '&amp;')}" firstname="&amp;#x39D;ΙΚΟΣ"/></root>`;
    expect(parseUserinfoXml(xml)).toMatchObject({ lastName: 'ΠΑΠΑ', firstName: 'ΝΙΚΟΣ' });
  });

  it('decodes the named XML entities of a company name', () => {
    const xml = '<root><userinfo taxid="800123456" lastname="Α &amp; Β &quot;ΑΦΟΙ&quot; &lt;Ο.Ε.&gt; &apos;Χ&apos;" firstname=""/></root>';
    expect(parseUserinfoXml(xml).lastName).toBe('Α & Β "ΑΦΟΙ" <Ο.Ε.> \'Χ\'');
  });

  it('reads attributes in any order and case, with a declaration, extra attributes, elements and comments', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- from GSIS -->
<root xmlns:x="urn:example">
  <status code="0">OK</status>
  <userinfo BirthYear="1950" MOTHERNAME="ΜΑΡΙΑ" fathername="ΓΕΩΡΓΙΟΣ" amka="" x:other="1"
            firstname="ΣΟΦΙΑ" LastName="ΒΑΣΙΛΕΙΟΥ" TaxId="068933130   " userid="User068933130   ">
    <extra>ignored</extra>
  </userinfo>
  <more/>
</root>`;
    expect(parseUserinfoXml(xml)).toEqual(SOFIA);
  });

  it('reads a userinfo element that is the root itself', () => {
    expect(parseUserinfoXml('<userinfo taxid="068933130" lastname="ΒΑΣΙΛΕΙΟΥ"/>')).toMatchObject({ taxId: '068933130', lastName: 'ΒΑΣΙΛΕΙΟΥ' });
  });

  it('turns line breaks into spaces and drops controls and bidirectional overrides a reference could smuggle in', () => {
    const xml = '<root><userinfo taxid="068933130" lastname="ΒΑΣΙ&#10;ΛΕΙΟΥ" firstname="&#x202E;ΣΟΦΙΑ&#x7;&#x85;" fathername="&#0;ΓΕΩΡΓΙΟΣ"/></root>';
    expect(parseUserinfoXml(xml)).toMatchObject({ lastName: 'ΒΑΣΙ ΛΕΙΟΥ', firstName: 'ΣΟΦΙΑ', fatherName: 'ΓΕΩΡΓΙΟΣ' });
  });

  it('gives no birth year for an empty or malformed one', () => {
    expect(parseUserinfoXml('<root><userinfo taxid="1" birthyear=""/></root>').birthYear).toBeNull();
    expect(parseUserinfoXml('<root><userinfo taxid="1" birthyear="19x0"/></root>').birthYear).toBeNull();
    expect(parseUserinfoXml('<root><userinfo taxid="1"/></root>').birthYear).toBeNull();
  });

  it('refuses a document without a tax id, or with a blank one, as missing_tax_id', () => {
    expect(failure('<root><userinfo lastname="Χ"/></root>').code).toBe('missing_tax_id');
    expect(failure('<root><userinfo taxid="   " lastname="Χ"/></root>').code).toBe('missing_tax_id');
    expect(failure('<root><userinfo taxid="&#32;&#x20;" lastname="Χ"/></root>').code).toBe('missing_tax_id');
  });

  it('refuses what is not one userinfo document as userinfo_failed', () => {
    expect(failure('{"error":"invalid_token"}').code).toBe('userinfo_failed');
    expect(failure('').code).toBe('userinfo_failed');
    expect(failure('<root><error>invalid_token</error></root>').code).toBe('userinfo_failed');
    expect(failure('<root><userinfo taxid="1"/><userinfo taxid="2"/></root>').code).toBe('userinfo_failed');
  });

  it('refuses any DOCTYPE: no internal entity expansion, no external entities', () => {
    const internal = '<!DOCTYPE root [<!ENTITY n "ΧΧΧ">]><root><userinfo taxid="068933130" lastname="&n;"/></root>';
    const external = '<!DOCTYPE root [<!ENTITY n SYSTEM "file:///etc/passwd">]><root><userinfo taxid="068933130" lastname="&n;"/></root>';
    const bomb = `<!DOCTYPE root [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 8 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i || ''};`.repeat(10)}">`).join('')}]><root><userinfo taxid="1" lastname="&a8;"/></root>`;
    for (const xml of [internal, external, bomb, '<!doctype root><root><userinfo taxid="1"/></root>']) {
      const error = failure(xml);
      expect(error.code).toBe('userinfo_failed');
      expect(error.message).toContain('DOCTYPE');
    }
  });
});

describe('the stand-in rendering of userinfo', () => {
  const everyone = [...DEMO_CITIZENS, ...DEMO_EMPLOYEES].map(({ kind: _kind, ...user }) => user);

  it('round-trips names with XML special characters, and a company without birth year', () => {
    const company = { ...everyone.find((p) => p.taxId === '800123456')!, lastName: 'Α & Β "ΑΦΟΙ" <Ο.Ε.>' };
    expect(parseUserinfoXml(renderUserinfoXml(company))).toEqual(company);
  });

  it('in odd shapes, still reads back as every demo person', () => {
    for (const user of everyone) {
      const xml = renderUserinfoXml(user, { oddShapes: true });
      if (user.lastName) expect(xml, user.taxId).toMatch(/lastname=" &#\d+;/);
      if (user.firstName) expect(xml, user.taxId).toMatch(/firstname=" {2}&#x[0-9A-F]+;/);
      expect(parseUserinfoXml(xml), user.taxId).toEqual(user);
    }
    const special = { ...SOFIA, lastName: 'Α & Β <Ο.Ε.>', fatherName: 'ΓΙΩΡΓΟΣ & "ΣΙΑ"' };
    expect(parseUserinfoXml(renderUserinfoXml(special, { oddShapes: true }))).toEqual(special);
  });
});
