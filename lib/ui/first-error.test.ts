import { describe, expect, it } from 'vitest';
import { firstErrorMessage } from './first-error';

describe('firstErrorMessage', () => {
  it('finds the message of the field itself', () => {
    expect(firstErrorMessage({ type: 'server', message: 'Only choice attributes have values' })).toBe(
      'Only choice attributes have values',
    );
  });

  it('finds the first message of an array field, skipping empty items', () => {
    const errors = [undefined, { value: { type: 'regex', message: 'Use letters, digits' } }];
    expect(firstErrorMessage(errors)).toBe('Use letters, digits');
  });

  it('is undefined without an error', () => {
    expect(firstErrorMessage(undefined)).toBeUndefined();
    expect(firstErrorMessage([undefined])).toBeUndefined();
  });
});
