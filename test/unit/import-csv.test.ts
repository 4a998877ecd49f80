import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv, writeCsvCell } from '../../src/core/import/csv';
import { isFormulaLike, neutraliseFormula } from '../../src/core/import/formula';

describe('readCsv', () => {
  it('reads RFC 4180 quoting: commas, quotes and line breaks inside quotes', () => {
    const t = readCsv('a,"b,c","say ""hi""","line1\nline2"\r\nx,y,z,w\r\n');
    expect(t.rows).toEqual([['a', 'b,c', 'say "hi"', 'line1\nline2'], ['x', 'y', 'z', 'w']]);
    expect(t.lines).toEqual([1, 3]);
    expect(t.truncated).toBe(false);
  });

  it('strips a BOM and accepts CRLF, LF and lone CR line ends', () => {
    expect(readCsv('\uFEFFa,b\r\nc,d\ne,f\rg,h').rows).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  it('keeps ragged rows as they are', () => {
    expect(readCsv('a,b,c\n1\n1,2,3,4\n').rows).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
  });

  it('skips blank lines but keeps a quoted empty cell and empty cells between commas', () => {
    expect(readCsv('a\n\n\r\n""\n,\nb').rows).toEqual([['a'], [''], ['', ''], ['b']]);
  });

  it('keeps a trailing empty cell', () => {
    expect(readCsv('a,\nb,').rows).toEqual([['a', ''], ['b', '']]);
  });

  it('is lenient with stray quotes, as spreadsheets are', () => {
    expect(readCsv('ab"c,d\n"x"y,z').rows).toEqual([['ab"c', 'd'], ['xy', 'z']]);
  });

  it('drops a last row cut inside quotes and says the file was truncated', () => {
    const t = readCsv('a,b\n1,"unfinished\nstill');
    expect(t.rows).toEqual([['a', 'b']]);
    expect(t.truncated).toBe(true);
  });

  it('uses another delimiter when told', () => {
    expect(readCsv('a;"b;c"\t\n', { delimiter: ';' }).rows).toEqual([['a', 'b;c\t']]);
  });

  it('flags formula-like cells and keeps their text exactly', () => {
    const t = readCsv('name,company\n=HYPERLINK("http://x.example"),+cmd\n-2+3,@SUM(A1)\nplain,text\n');
    expect(t.rows[1]).toEqual(['=HYPERLINK("http://x.example")', '+cmd']);
    expect(t.formulaCells).toEqual([[1, 0], [1, 1], [2, 0], [2, 1]]);
  });

  it('counts lines across quoted line breaks', () => {
    expect(readCsv('a\n"b\r\nc\rd"\ne').lines).toEqual([1, 2, 5]);
  });
});

describe('formula cells', () => {
  it.each(['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\t=1', '\rx', '  =1', '\uff1d1'])('%j is formula-like', (cell) => {
    expect(isFormulaLike(cell)).toBe(true);
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['Jane', 'a=b', 'Jean-Luc', '', "'=1"])('%j is not', (cell) => {
    expect(isFormulaLike(cell)).toBe(false);
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('writeCsv neutralises formulas unless told not to', () => {
    expect(writeCsv([['=1+1', 'ok']])).toBe("'=1+1,ok\r\n");
    expect(writeCsv([['=1+1', 'ok']], { neutraliseFormulas: false })).toBe('=1+1,ok\r\n');
    expect(writeCsvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

const cell = fc.string({ unit: 'grapheme', maxLength: 12 }).chain((s) =>
  fc.constantFrom(s, `${s},`, `"${s}"`, `${s}\n${s}`, `${s}\r\n`, `=${s}`, `,"\r`));

describe('readCsv properties', () => {
  it('round-trips any cells (commas, quotes, CR, LF) through writeCsv', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }), (rows) => {
      const parsed = readCsv(writeCsv(rows, { neutraliseFormulas: false }));
      expect(parsed.rows).toEqual(rows);
      expect(parsed.truncated).toBe(false);
    }), { numRuns: 500 });
  });

  it('never throws and always makes progress on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const t = readCsv(text);
      expect(t.rows.length).toBe(t.lines.length);
      expect(t.rows.length).toBeLessThanOrEqual(text.length + 1);
    }), { numRuns: 300 });
  });

  it('keeps every cell that starts like a formula as the exact text and flags it', () => {
    fc.assert(fc.property(fc.constantFrom('=', '+', '-', '@'), fc.string({ maxLength: 20 }), (lead, rest) => {
      const value = lead + rest;
      const t = readCsv(writeCsv([['x', value]], { neutraliseFormulas: false }));
      expect(t.rows[0]![1]).toBe(value);
      expect(t.formulaCells).toContainEqual([0, 1]);
    }));
  });
});
