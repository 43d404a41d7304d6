import { describe, expect, it } from 'vitest';
import { parseUserinfoXml, renderUserinfoXml } from './userinfoXml';

describe('GSIS userinfo XML', () => {
  it('reads the GSIS document and trims its padding', () => {
    const xml =
      '<root><userinfo userid="User068933130   " taxid="068933130   " lastname="ΒΑΣΙΛΕΙΟΥ" firstname="ΣΟΦΙΑ" fathername="ΓΕΩΡΓΙΟΣ" mothername="ΜΑΡΙΑ" birthyear="1950"/></root>';
    expect(parseUserinfoXml(xml)).toEqual({
      userId: 'User068933130',
      taxId: '068933130',
      lastName: 'ΒΑΣΙΛΕΙΟΥ',
      firstName: 'ΣΟΦΙΑ',
      fatherName: 'ΓΕΩΡΓΙΟΣ',
      motherName: 'ΜΑΡΙΑ',
      birthYear: 1950,
    });
  });

  it('round-trips names with XML special characters, and a company without birth year', () => {
    const company = {
      userId: 'User800123456',
      taxId: '800123456',
      lastName: 'Α & Β "ΑΦΟΙ" <Ο.Ε.>',
      firstName: '',
      fatherName: '',
      motherName: '',
      birthYear: null,
    };
    expect(parseUserinfoXml(renderUserinfoXml(company))).toEqual(company);
  });

  it('gives null for a document without a tax id or that is not XML', () => {
    expect(parseUserinfoXml('<root><userinfo lastname="Χ"/></root>')).toBeNull();
    expect(parseUserinfoXml('{"error":"invalid_token"}')).toBeNull();
    expect(parseUserinfoXml('')).toBeNull();
  });
});
