import { describe, expect, it } from 'vitest';
import { nameForDisplay, personNameForDisplay, sameName } from './personName';

describe('a name shown to people', () => {
  it('keeps a Greek name in capitals: small letters would need the accents capitals leave out', () => {
    // "Νικολαος Παπαδοπουλος" (no accents) is misspelt Greek; capitals carry no accents by rule.
    expect(nameForDisplay('ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ')).toBe('ΝΙΚΟΛΑΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ');
    expect(nameForDisplay('ΜΑΡΙΑ-ΕΛΕΝΗ')).toBe('ΜΑΡΙΑ-ΕΛΕΝΗ');
    expect(nameForDisplay('ΆΝΝΑ ΚΑΡΑΪΣΚΟΥ')).toBe('ΆΝΝΑ ΚΑΡΑΪΣΚΟΥ');
    expect(nameForDisplay('Ι.Κ.')).toBe('Ι.Κ.');
  });

  it('title-cases Latin capitals, a new word after a hyphen, apostrophe or full stop, without knowing inner capitals', () => {
    expect(nameForDisplay('JOHN SMITH')).toBe('John Smith');
    expect(nameForDisplay("D'ANGELO")).toBe("D'Angelo");
    expect(nameForDisplay('ANNE-MARIE')).toBe('Anne-Marie');
    expect(nameForDisplay('MCDONALD')).toBe('Mcdonald');
  });

  it('shows a name that already has small letters as given, and collapses spaces', () => {
    expect(nameForDisplay('Μαρία McDonald')).toBe('Μαρία McDonald');
    expect(nameForDisplay('Ελένη Βασιλείου')).toBe('Ελένη Βασιλείου');
    expect(nameForDisplay('  ΣΟΦΙΑ   ΒΑΣΙΛΕΙΟΥ ')).toBe('ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ');
    expect(nameForDisplay('')).toBe('');
  });

  it('joins first and last name, leaving out an empty part', () => {
    expect(personNameForDisplay({ firstName: 'ΣΟΦΙΑ', lastName: 'ΒΑΣΙΛΕΙΟΥ' })).toBe('ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ');
    expect(personNameForDisplay({ firstName: '', lastName: 'ΓΕΩΡΓΙΟΥ' })).toBe('ΓΕΩΡΓΙΟΥ');
    expect(personNameForDisplay({ firstName: 'JOHN', lastName: 'SMITH' })).toBe('John Smith');
  });

  it('tells the same name typed differently: capitals, accents, final sigma and spaces do not count', () => {
    expect(sameName('ΣΟΦΙΑ ΒΑΣΙΛΕΙΟΥ', 'Σοφία  Βασιλείου')).toBe(true);
    expect(sameName('ΝΙΚΟΛΑΟΣ', 'Νικόλαος')).toBe(true);
    expect(sameName('Ελένη Βασιλείου', 'Σοφία Βασιλείου')).toBe(false);
    expect(sameName('', '')).toBe(false);
  });
});
