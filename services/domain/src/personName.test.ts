import { describe, expect, it } from 'vitest';
import { nameForDisplay, personNameForDisplay } from './personName';

describe('a GSIS name shown to people', () => {
  it('title-cases Greek capitals letter by letter, with final sigma at the end of a word', () => {
    expect(nameForDisplay('ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ')).toBe('Νικολαος Παπαδοπουλος');
    expect(nameForDisplay('ΒΑΣΙΛΕΙΟΥ')).toBe('Βασιλειου');
    expect(nameForDisplay('ΣΑΣ')).toBe('Σας');
    expect(nameForDisplay('ΟΔΥΣΣΕΥΣ')).toBe('Οδυσσευς');
  });

  it('cannot restore the accents GSIS leaves out, and keeps those it sends', () => {
    // "Παπαδόπουλος" would need the stress, which the capitals do not carry.
    expect(nameForDisplay('ΠΑΠΑΔΟΠΟΥΛΟΣ')).toBe('Παπαδοπουλος');
    expect(nameForDisplay('ΆΝΝΑ ΚΑΡΑΪΣΚΟΥ')).toBe('Άννα Καραϊσκου');
  });

  it('starts a new word after a hyphen, apostrophe or full stop', () => {
    expect(nameForDisplay('ΜΑΡΙΑ-ΕΛΕΝΗ')).toBe('Μαρια-Ελενη');
    expect(nameForDisplay('ΠΑΠΑΔΟΠΟΥΛΟΥ-ΝΙΚΟΛΑΟΥ')).toBe('Παπαδοπουλου-Νικολαου');
    expect(nameForDisplay('ΚΩΝΣΤΑΝΤΙΝΟΣ-ΣΠΥΡΙΔΩΝ')).toBe('Κωνσταντινος-Σπυριδων');
    expect(nameForDisplay("D'ANGELO")).toBe("D'Angelo");
    expect(nameForDisplay('Ι.Κ.')).toBe('Ι.Κ.');
  });

  it('handles Latin names the same way, without knowing inner capitals', () => {
    expect(nameForDisplay('JOHN SMITH')).toBe('John Smith');
    expect(nameForDisplay('MCDONALD')).toBe('Mcdonald');
  });

  it('shows a name that already has small letters as given, and collapses spaces', () => {
    expect(nameForDisplay('Μαρία McDonald')).toBe('Μαρία McDonald');
    expect(nameForDisplay('  ΣΟΦΙΑ   ΒΑΣΙΛΕΙΟΥ ')).toBe('Σοφια Βασιλειου');
    expect(nameForDisplay('')).toBe('');
  });

  it('joins first and last name, leaving out an empty part', () => {
    expect(personNameForDisplay({ firstName: 'ΣΟΦΙΑ', lastName: 'ΒΑΣΙΛΕΙΟΥ' })).toBe('Σοφια Βασιλειου');
    expect(personNameForDisplay({ firstName: '', lastName: 'ΓΕΩΡΓΙΟΥ' })).toBe('Γεωργιου');
  });
});
