import { describe, expect, it } from 'vitest';
import { countryCodes, countryName, countryOptions } from './country';
import { Country } from './member';

describe('countries', () => {
  it('accepts the ISO 3166 codes in any case and refuses codes that name no country', () => {
    expect(Country.parse('de')).toBe('DE');
    expect(Country.safeParse('Germany').success).toBe(false);
    for (const code of ['ZZ', 'EU', 'UN', 'XA', 'UK', 'SU']) {
      expect(Country.safeParse(code).error?.issues[0]?.message).toBe(
        'Choose a country from the list (an ISO 3166 code, e.g. DE)',
      );
    }
  });

  it('lists 250 distinct countries by name, each named by the runtime', () => {
    expect(new Set(countryCodes).size).toBe(250);
    const options = countryOptions();
    expect(options.find((c) => c.code === 'DE')?.name).toBe('Germany');
    expect(options.every((c) => c.name !== c.code)).toBe(true);
    expect(options.map((c) => c.name)).toEqual(
      [...options.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(countryName('GB', 'de')).toBe('Vereinigtes Königreich');
  });
});
