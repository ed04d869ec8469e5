import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv';

describe('csvCell', () => {
  it('neutralizes cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvCell('\rcmd')).toBe(`"'\rcmd"`);
    // Where `;` separates columns, ";=cmd" would be an empty cell and a formula.
    expect(csvCell(';=cmd|calc')).toBe(`"';=cmd|calc"`);
    expect(csvCell('Ann;=1+1')).toBe('"Ann;=1+1"');
    expect(csvCell('a\t=1')).toBe('"a\t=1"');
  });

  it('quotes delimiters, quotes and newlines and leaves plain text alone', () => {
    expect(csvCell('plain@x.test')).toBe('plain@x.test');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
    expect(csvLine(['a', '=b', null])).toBe("a,'=b,\r\n");
  });
});
