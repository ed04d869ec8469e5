import type { ComponentProps } from 'react';
import { countryOptions, isCountryCode } from '@/lib/schemas/country';
import { Select } from './input';

const options = countryOptions();

/**
 * A country picked by name, stored as its ISO 3166 code. Typing the first letters jumps to a country.
 * A stored code that is not in the list (an older entry) stays shown, so that nothing is lost unseen.
 */
export function CountrySelect({ current, ...props }: ComponentProps<typeof Select> & { current?: string | null }) {
  const stray = current && !isCountryCode(current) ? current : null;
  return (
    <Select {...props}>
      <option value="">No country</option>
      {stray ? <option value={stray}>{stray} (not a known country code)</option> : null}
      {options.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </Select>
  );
}
